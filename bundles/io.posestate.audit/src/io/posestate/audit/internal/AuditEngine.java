package io.posestate.audit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.posestate.audit.api.AuditReportWriter;
import io.posestate.audit.api.AuditRequest;
import io.posestate.audit.api.AuditResult;
import io.posestate.audit.api.AuditRule;
import io.posestate.audit.api.AuditService;
import io.posestate.audit.api.EstateSource;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.FindingStore;
import io.posestate.audit.api.RuleRun;
import io.posestate.exchange.EstateCsv;
import io.posestate.exchange.EstateFile;
import io.posestate.exchange.PhoneStatusRow;
import io.posestate.exchange.Reject;
import io.posestate.exchange.RejectsWriter;
import io.posestate.exchange.internal.KeyRules;

/**
 * The audit engine: loads the registry (from the data folder's CSV files, or from an {@link EstateSource} when
 * the folder has none of them), streams transactions.csv once through a run of every {@link AuditRule} service
 * present at that moment, sorts the findings and writes findings.csv, findings.json and rejects.csv, then calls
 * every {@link AuditReportWriter}, and every {@link FindingStore} when a store is in play (--store given, or the
 * registry read from the store). SHA-256 of the inputs is computed while the rules wait for the parser, the
 * rest beside the rules' finishes (see {@link InputHashes}).
 */
@Component(service = AuditService.class)
public final class AuditEngine implements AuditService {

    static final List<EstateFile> REGISTRY_FILES = List.of(EstateFile.MERCHANTS, EstateFile.TERMINALS,
            EstateFile.LICENSED_ACQUIRERS, EstateFile.PHONE_STATUS);

    private final List<AuditRule> rules = new CopyOnWriteArrayList<>();
    private final List<AuditReportWriter> reportWriters = new CopyOnWriteArrayList<>();
    private final List<FindingStore> findingStores = new CopyOnWriteArrayList<>();
    private final List<EstateSource> estateSources = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addRule(AuditRule rule) {
        rules.add(rule);
    }

    public void removeRule(AuditRule rule) {
        rules.remove(rule);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addReportWriter(AuditReportWriter writer) {
        reportWriters.add(writer);
    }

    public void removeReportWriter(AuditReportWriter writer) {
        reportWriters.remove(writer);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addFindingStore(FindingStore store) {
        findingStores.add(store);
    }

    public void removeFindingStore(FindingStore store) {
        findingStores.remove(store);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addEstateSource(EstateSource source) {
        estateSources.add(source);
    }

    public void removeEstateSource(EstateSource source) {
        estateSources.remove(source);
    }

    /** The rules that would run now, by id. */
    public List<AuditRule> rules() {
        List<AuditRule> now = new ArrayList<>(rules);
        now.sort(Comparator.comparing(AuditRule::id));
        return now;
    }

    @Override
    public AuditResult run(AuditRequest request) throws IOException {
        OffsetDateTime started = OffsetDateTime.now();
        Path data = request.dataDir();
        if (!Files.isDirectory(data)) {
            throw new NoSuchFileException(data.toString(), null, "data folder not found");
        }
        Path transactions = readable(data.resolve(EstateFile.TRANSACTIONS.fileName()));
        List<Path> registryFiles = registryFiles(data);
        List<AuditRule> ruleList = rules();
        checkIds(ruleList);
        Files.createDirectories(request.outDir());

        // rule finishes run on all cores, more threads than cores: their sizes are not known, and the big ones start
        // at once instead of after smaller ones
        ExecutorService finishers = Executors.newFixedThreadPool(
                Math.max(4, Runtime.getRuntime().availableProcessors() * 2), daemon("audit-finish"));
        // the output files then, one thread per core: the reports, longest and started first, keep a core each instead
        // of sharing it with the findings files, whose parts follow on the first free core
        ExecutorService writers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                daemon("audit-output"));
        List<Path> inputFiles = new ArrayList<>(registryFiles);
        inputFiles.add(transactions);
        InputHashes hashes = new InputHashes(inputFiles);
        Future<List<String>> hashed = null; // from the end of the stream on, the pool hashes the rest
        try {
            Path rejectsFile = request.outDir().resolve("rejects.csv");
            Rejects rejects;
            EstateContext context;
            Map<String, Long> records = new HashMap<>();
            String registrySource;
            long read;
            long[] audited = { 0 };
            List<Finding> findings = new ArrayList<>();
            try (RejectsWriter writer = RejectsWriter.open(rejectsFile)) {
                rejects = new Rejects(writer);
                if (registryFiles.isEmpty()) {
                    EstateSource.Snapshot s = snapshot(request.storeLocation(), data);
                    context = EstateContext.of(request.asOf(), request.policy(), s.merchants(), s.terminals(),
                            s.phoneStatus(), s.licensedAcquirers());
                    registrySource = s.description();
                } else {
                    context = loadFiles(request, data, rejects, records);
                    registrySource = data.toAbsolutePath().toString();
                }
                context.expectedTransactions = expectedRecords(transactions);
                RuleRun[] runs = new RuleRun[ruleList.size()];
                for (int i = 0; i < runs.length; i++) {
                    runs[i] = ruleList.get(i).start(context);
                }
                BatchAuditor auditor = new BatchAuditor(context, runs);
                boolean withRows = ruleList.stream().anyMatch(AuditRule::readsRows);
                read = TransactionPipeline.stream(transactions, withRows, context.serials, context.unknownSerials,
                        rejects, auditor::audit, hashes::step);
                hashed = finishers.submit(hashes::finish);
                audited[0] = auditor.audited();
                records.put(EstateFile.TRANSACTIONS.fileName(), read);
                List<Future<List<Finding>>> finished = new ArrayList<>();
                for (int i = 0; i < runs.length; i++) {
                    RuleRun run = runs[i];
                    String id = ruleList.get(i).id();
                    finished.add(finishers.submit(() -> {
                        List<Finding> of = new ArrayList<>();
                        run.finish(f -> {
                            if (!f.rule().equals(id)) {
                                throw new IllegalStateException("rule " + id + " reported a finding of rule "
                                        + f.rule());
                            }
                            of.add(f);
                        });
                        // sorted here, on both cores; rule ids are unique and lead the order, so the lists are
                        // then only put in rule id order
                        of.sort(FindingsOutput.ORDER);
                        return of;
                    }));
                }
                Integer[] byId = new Integer[runs.length];
                for (int i = 0; i < byId.length; i++) {
                    byId[i] = i;
                }
                Arrays.sort(byId, Comparator.comparing(i -> ruleList.get(i).id()));
                for (int i : byId) {
                    findings.addAll(get(finished.get(i), "a rule's findings"));
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Path csv = request.outDir().resolve("findings.csv");
            Path json = request.outDir().resolve("findings.json");
            Map<String, String> outputs = new LinkedHashMap<>();
            outputs.put("findings.csv", csv.toString());
            outputs.put("findings.json", json.toString());
            outputs.put("rejects.csv", rejectsFile.toString());

            List<AuditResult.InputFile> inputs = new ArrayList<>();
            List<String> digests = get(hashed, "hashing inputs");
            for (int i = 0; i < inputFiles.size(); i++) {
                Path p = inputFiles.get(i);
                String name = p.getFileName().toString();
                inputs.add(new AuditResult.InputFile(name, Files.size(p), digests.get(i),
                        records.getOrDefault(name, 0L), rejects.perFile.getOrDefault(name, 0L)));
            }
            List<AuditResult.RuleInfo> ruleInfos = ruleList.stream()
                    .map(r -> new AuditResult.RuleInfo(r.id(), r.version(), r.description(), bundleOf(r)))
                    .toList();
            AuditResult result = new AuditResult(request, productVersion(), started, OffsetDateTime.now(), ruleInfos,
                    List.copyOf(inputs), registrySource, read, audited[0], List.copyOf(findings),
                    List.copyOf(rejects.kept), rejects.total, outputs);
            // the reports first (the HTML and PDF writers also share the grouping of the findings)
            List<Future<Path>> reports = new ArrayList<>();
            for (AuditReportWriter w : reportWriters) {
                reports.add(writers.submit(() -> w.write(result, request.outDir())));
            }
            FindingsOutput.write(findings, request.asOf().toString(), csv, json, writers);
            for (Future<Path> f : reports) {
                Path written = get(f, "writing a report");
                outputs.put(written.getFileName().toString(), written.toString());
            }
            // findings go to the store when one is in play: named by --store, or the registry came from it
            if (request.storeLocation() != null || registryFiles.isEmpty()) {
                for (FindingStore store : findingStores) {
                    outputs.put("stored", store.store(request.storeLocation(), result));
                }
            }
            return result;
        } finally {
            if (hashed == null) {
                hashes.close();
            }
            finishers.shutdownNow();
            writers.shutdownNow();
        }
    }

    /** The registry files present in the folder: none, or all four (a partial set is an error). */
    private static List<Path> registryFiles(Path data) throws IOException {
        List<Path> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (EstateFile f : REGISTRY_FILES) {
            Path p = data.resolve(f.fileName());
            if (Files.exists(p)) {
                present.add(readable(p));
            } else {
                missing.add(f.fileName());
            }
        }
        if (!present.isEmpty() && !missing.isEmpty()) {
            throw new NoSuchFileException(data.resolve(missing.get(0)).toString(), null,
                    "the data folder has some registry files but not " + String.join(", ", missing)
                            + " (give all four, or none to read the registry from the store)");
        }
        return present;
    }

    private EstateContext loadFiles(AuditRequest request, Path data, Rejects rejects, Map<String, Long> records)
            throws IOException {
        // merchants and terminals are read as fields into columns sized from the files (they grow if need be); the
        // claimed merchant numbers are then the set the terminals' merchants are checked against
        Path merchantsFile = data.resolve(EstateFile.MERCHANTS.fileName());
        int expectedMerchants = expectedRecords(merchantsFile);
        MerchantTable merchants = new MerchantTable(expectedMerchants,
                (int) Math.min(Integer.MAX_VALUE - 8, Files.size(merchantsFile))); // the texts are part of the file
        FirstNumbers merchantNumbers = new FirstNumbers(expectedMerchants);
        records.put(EstateFile.MERCHANTS.fileName(), KeyRules.streamMerchants(merchantsFile, merchantNumbers,
                merchants::add, rejects));
        // the serial index doubles as the register of claimed serials; a low guess keeps its table small (it is
        // looked up at random for every transaction), the index grows when there are more
        Path terminalsFile = data.resolve(EstateFile.TERMINALS.fileName());
        StringIndex serials = new StringIndex((int) Math.min(1 << 26, Files.size(terminalsFile) / 96 + 1024));
        int expected = expectedRecords(terminalsFile);
        TerminalTable terminals = new TerminalTable(expected);
        records.put(EstateFile.TERMINALS.fileName(), KeyRules.streamTerminals(terminalsFile, merchantNumbers,
                new FirstLines(serials, expected), terminals::add, rejects));
        Set<String> licensed = new HashSet<>();
        records.put(EstateFile.LICENSED_ACQUIRERS.fileName(), EstateCsv.readLicensedAcquirers(
                data.resolve(EstateFile.LICENSED_ACQUIRERS.fileName()), a -> licensed.add(a.acquirerCode()), rejects));
        Path phones = data.resolve(EstateFile.PHONE_STATUS.fileName());
        // formats.md: the row with the latest since wins, on a tie the later row (as EstateLoader.latestPhoneStatus,
        // read here directly to count the records for the evidence)
        Map<String, PhoneStatusRow> phoneStatus = new HashMap<>();
        records.put(EstateFile.PHONE_STATUS.fileName(), EstateCsv.readPhoneStatus(phones,
                row -> phoneStatus.merge(row.phone(), row,
                        (earlier, later) -> later.since().isBefore(earlier.since()) ? earlier : later),
                rejects));
        return new EstateContext(request.asOf(), request.policy(), merchants, terminals, serials, phoneStatus,
                licensed);
    }

    /**
     * About how many records an input file holds, a little more than its size over the mean length of the lines
     * in its first 64 kB: columns and tables are then allocated once instead of grown and copied.
     */
    static int expectedRecords(Path file) throws IOException {
        byte[] head = new byte[64 << 10];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        int lines = 1;
        for (int i = 0; i < n; i++) {
            if (head[i] == '\n') {
                lines++;
            }
        }
        return (int) Math.min(1 << 26, Files.size(file) * lines / Math.max(1, n) * 21 / 20 + 1024);
    }

    private EstateSource.Snapshot snapshot(String location, Path data) throws IOException {
        if (estateSources.isEmpty()) {
            throw new NoSuchFileException(data.resolve(EstateFile.MERCHANTS.fileName()).toString(), null,
                    "the data folder has no registry files (merchants.csv, terminals.csv, licensed_acquirers.csv,"
                            + " phone_status.csv) and no store is available to read the registry from");
        }
        return estateSources.get(0).load(location);
    }

    private static void checkIds(List<AuditRule> rules) {
        Set<String> ids = new HashSet<>();
        for (AuditRule r : rules) {
            if (!r.id().matches("[A-Z0-9_]+")) {
                throw new IllegalStateException("rule id \"" + r.id() + "\" (" + r.getClass().getName()
                        + ") is not upper case letters, digits and '_'");
            }
            if (!ids.add(r.id())) {
                throw new IllegalStateException("two rule services have the id " + r.id());
            }
        }
    }

    static Path readable(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "file not found");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new AccessDeniedException(file.toString(), null, "file not readable");
        }
        return file;
    }

    private static <T> T get(Future<T> f, String what) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(what + " failed", e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static String bundleOf(Object o) {
        Bundle b = FrameworkUtil.getBundle(o.getClass());
        return b == null ? "" : b.getSymbolicName() + " " + b.getVersion();
    }

    static String productVersion() {
        Bundle b = FrameworkUtil.getBundle(AuditEngine.class);
        return "POS Estate Workbench audit " + (b == null ? "(development)" : b.getVersion().toString());
    }

    /** Writes rejects through, counts them per file and keeps the first few for the report. */
    static final class Rejects implements java.util.function.Consumer<Reject> {
        final RejectsWriter writer;
        final Map<String, Long> perFile = new HashMap<>();
        final List<Reject> kept = new ArrayList<>();
        long total;

        Rejects(RejectsWriter writer) {
            this.writer = writer;
        }

        @Override
        public void accept(Reject r) {
            writer.accept(r);
            perFile.merge(r.file(), 1L, Long::sum);
            if (kept.size() < AuditResult.MAX_REJECTS_KEPT) {
                kept.add(r);
            }
            total++;
        }
    }
}
