package io.posestate.registry.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.exchange.EstateFormatException;
import io.posestate.exchange.Reject;
import io.posestate.model.LifecycleEvent;
import io.posestate.model.Merchant;
import io.posestate.model.PhoneStatus;
import io.posestate.model.Terminal;
import io.posestate.model.TerminalState;
import io.posestate.registry.api.BenchmarkResult;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.EstateSummary;
import io.posestate.registry.api.ExportReport;
import io.posestate.registry.api.FileImport;
import io.posestate.registry.api.ImportReport;
import io.posestate.registry.api.Page;
import io.posestate.registry.api.RegistryBenchmark;
import io.posestate.registry.api.RegistryException;
import io.posestate.registry.api.RegistryFactory;
import io.posestate.registry.api.TerminalQuery;
import io.posestate.registry.api.TerminalSort;
import io.posestate.registry.internal.bench.EstateGenerator;
import io.posestate.registry.api.AcquirerCount;
import io.posestate.registry.api.MerchantCount;
import io.posestate.store.Store;
import io.posestate.store.StoreLocation;
import io.posestate.testing.StoreBackend;

/** The registry behaviour every database product must show (run on H2 and on PostgreSQL). */
abstract class RegistryContract {
    static final String ACTOR = "tester";

    @TempDir
    Path tmp;
    StoreBackend backend;
    RegistryFactory factory;
    EstateRegistry registry;
    String location;

    abstract StoreBackend createBackend() throws Exception;

    @BeforeEach
    void open() throws Exception {
        backend = createBackend();
        factory = TestData.service(RegistryFactory.class);
        location = backend.newLocation();
        registry = factory.open(location);
    }

    @AfterEach
    void close() throws Exception {
        if (registry != null) {
            registry.close();
        }
        if (backend != null) {
            backend.close();
        }
    }

    ImportReport importSmall() throws Exception {
        return registry.importDirectory(TestData.copy("small", tmp), ACTOR);
    }

    static void assertCounts(FileImport f, long read, long inserted, long updated, long unchanged,
            long rejected) {
        assertEquals(List.of(read, inserted, updated, unchanged, rejected),
                List.of(f.read(), f.inserted(), f.updated(), f.unchanged(), f.rejected()),
                f.file() + " read/inserted/updated/unchanged/rejected");
    }

    @Test
    void importsSmallDataSetInDependencyOrder() throws Exception {
        ImportReport report = importSmall();
        assertEquals(EstateRegistry.REGISTRY_FILES, report.files().stream().map(FileImport::file).toList());
        assertCounts(report.file("licensed_acquirers.csv"), 2, 2, 0, 0, 0);
        assertCounts(report.file("merchants.csv"), 4, 4, 0, 0, 0);
        assertCounts(report.file("phone_status.csv"), 3, 2, 0, 1, 0); // one row superseded by a later since
        assertCounts(report.file("terminals.csv"), 6, 6, 0, 0, 0);
        assertTrue(report.rejects().isEmpty());
        assertEquals(64, report.file("terminals.csv").sha256().length());

        Terminal t = registry.terminal("PAX-0001").orElseThrow();
        assertEquals("PAX", t.getVendor());
        assertEquals("A920", t.getModelName());
        assertEquals(TerminalState.ACTIVE, t.getState());
        assertEquals(LocalDate.of(2025, 3, 1), t.getActivatedAt());
        assertEquals("3100", t.getDeployedRegion());
        assertEquals("102310058120001", t.getMerchantNo());
        assertEquals("上海小笼包店", t.getMerchant().getName());
        assertEquals("No. 1 Nanjing Rd, Shanghai", t.getMerchant().getAddress());
        assertEquals("13800000001", t.getBoundPhone().getNumber());
        assertEquals(PhoneStatus.CANCELLED, t.getBoundPhone().getStatus());
        assertTrue(t.getMerchant().getAcquirer().isLicensed());
        assertEquals("A920", t.getTerminalModel().getModel());

        Terminal inStock = registry.terminal("SUN-0004").orElseThrow();
        assertNull(inStock.getMerchant());
        assertNull(inStock.getBoundPhone());
        assertNull(inStock.getActivatedAt());

        List<LifecycleEvent> history = registry.history("PAX-0001");
        assertEquals(1, history.size());
        assertFalse(history.get(0).isSetFromState(), "creation has no from-state");
        assertEquals(TerminalState.ACTIVE, history.get(0).getToState());
        assertEquals(ACTOR, history.get(0).getActor());
        assertEquals("created by import of terminals.csv", history.get(0).getReason());
        assertTrue(history.get(0).getTime() != null);
    }

    @Test
    void bulkLoadIntoEmptyTablesKeepsEveryIndexAndReference() throws Exception {
        Set<String> before = indexes(location);
        importSmall();
        assertEquals(before, indexes(location), "dropped and rebuilt around a load into empty tables");
        assertTrue(before.containsAll(List.of("merchant_phone_idx", "references merchant")), before.toString());
        List<String> filterIndexes = List.of("terminal_state_idx", "terminal_vendor_model_idx", "terminal_region_idx",
                "terminal_merchant_idx");
        if (StoreLocation.parse(location).vendor() == io.posestate.store.Vendor.H2) {
            // V5: H2 reads state, vendor, model and region filters in key order; the foreign key indexes merchant_no
            assertTrue(Collections.disjoint(before, filterIndexes) && before.contains("constraint_e8_index"),
                    before.toString());
        } else {
            assertTrue(before.containsAll(filterIndexes), before.toString());
        }
    }

    /** @return the lower-cased names of the indexes and references of tables terminal and merchant */
    static Set<String> indexes(String location) throws Exception {
        try (Store store = Store.open(StoreLocation.parse(location))) {
            return store.read(c -> {
                Set<String> names = new TreeSet<>();
                for (String table : List.of("terminal", "merchant")) {
                    String name = store.vendor() == io.posestate.store.Vendor.H2 ? table.toUpperCase(Locale.ROOT) : table;
                    try (ResultSet rs = c.getMetaData().getIndexInfo(null, c.getSchema(), name, false, false)) {
                        while (rs.next()) {
                            if (rs.getString("INDEX_NAME") != null) {
                                // H2 names the index of a re-created foreign key anew (constraint_e8_index_c, ..._e)
                                names.add(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT)
                                        .replaceFirst("^(constraint_.*_index)_[0-9a-z]+$", "$1"));
                            }
                        }
                    }
                    try (ResultSet rs = c.getMetaData().getImportedKeys(null, c.getSchema(), name)) {
                        while (rs.next()) {
                            names.add("references " + rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
                        }
                    }
                }
                return names;
            });
        }
    }

    @Test
    void reimportOfSameFilesChangesNothing() throws Exception {
        importSmall();
        Path exported = tmp.resolve("before");
        registry.exportTo(exported);
        ImportReport again = registry.importDirectory(tmp.resolve("small"), "someone-else");
        assertCounts(again.file("licensed_acquirers.csv"), 2, 0, 0, 2, 0);
        assertCounts(again.file("merchants.csv"), 4, 0, 0, 4, 0);
        assertCounts(again.file("phone_status.csv"), 3, 0, 0, 3, 0);
        assertCounts(again.file("terminals.csv"), 6, 0, 0, 6, 0);
        for (String serial : List.of("PAX-0001", "PAX-0002", "NL-0003", "SUN-0004", "SUN-0005", "VF-0006")) {
            assertEquals(1, registry.history(serial).size(), "no duplicate event for " + serial);
        }
        registry.exportTo(tmp.resolve("after"));
        assertSameFiles(exported, tmp.resolve("after"));
    }

    @Test
    void changedTerminalsAreUpdatedWithEventsAndRebinding() throws Exception {
        importSmall();
        FileImport update = registry.importFile(TestData.copy("update", tmp).resolve("terminals.csv"), "bob");
        assertCounts(update, 7, 1, 2, 4, 0);

        assertEquals(TerminalState.SUSPENDED, registry.terminal("PAX-0001").orElseThrow().getState());
        List<LifecycleEvent> suspended = registry.history("PAX-0001");
        assertEquals(2, suspended.size());
        assertEquals(TerminalState.ACTIVE, suspended.get(1).getFromState());
        assertEquals(TerminalState.SUSPENDED, suspended.get(1).getToState());
        assertEquals("bob", suspended.get(1).getActor());
        assertEquals("import of terminals.csv: state ACTIVE -> SUSPENDED", suspended.get(1).getReason());

        Terminal moved = registry.terminal("PAX-0002").orElseThrow();
        assertEquals("103440058120004", moved.getMerchant().getMerchantNo());
        assertEquals("13800000001", moved.getBoundPhone().getNumber(), "bound to the new merchant's phone");
        LifecycleEvent rebinding = registry.history("PAX-0002").get(1);
        assertEquals(TerminalState.ACTIVE, rebinding.getFromState());
        assertEquals(TerminalState.ACTIVE, rebinding.getToState());
        assertEquals("import of terminals.csv: rebound from merchant 102310054110002 to 103440058120004;"
                + " deployed_region 3100 -> 4400", rebinding.getReason());
        assertEquals(List.of("PAX-0002", "SUN-0005"), serials(registry.terminals(
                TerminalQuery.all().withMerchantNo("103440058120004"))));
        assertEquals(1, registry.history("ING-0007").size());
    }

    @Test
    void rejectsAreReportedWithFileLineAndReasonAndValidRowsImported() throws Exception {
        ImportReport report = registry.importDirectory(TestData.copy("bad", tmp), ACTOR);
        assertCounts(report.file("merchants.csv"), 5, 2, 0, 0, 3);
        assertCounts(report.file("terminals.csv"), 7, 2, 0, 0, 5);
        List<Reject> merchants = report.file("merchants.csv").rejects();
        assertEquals(List.of(3L, 4L, 6L), merchants.stream().map(Reject::line).toList());
        merchants.forEach(r -> assertEquals("merchants.csv", r.file()));
        assertTrue(merchants.get(0).reason().contains("mcc"), merchants.get(0).reason());
        assertTrue(merchants.get(1).reason().contains("duplicate merchant_no"), merchants.get(1).reason());
        assertTrue(merchants.get(2).reason().contains("status"), merchants.get(2).reason());
        assertTrue(merchants.get(1).raw().startsWith("102310058120001,Duplicate,"), merchants.get(1).raw());

        List<Reject> terminals = report.file("terminals.csv").rejects();
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L), terminals.stream().map(Reject::line).toList());
        assertTrue(terminals.get(0).reason().startsWith("unknown merchant"), terminals.get(0).reason());
        assertTrue(terminals.get(1).reason().contains("duplicate serial_number"), terminals.get(1).reason());
        assertTrue(terminals.get(2).reason().contains("serial_number"), terminals.get(2).reason());
        assertTrue(terminals.get(3).reason().contains("activated_at"), terminals.get(3).reason());
        assertTrue(terminals.get(4).reason().contains("SATELLITE"), terminals.get(4).reason());

        assertEquals("Multi\r\nLine Name", registry.merchant("102310054110004").orElseThrow().getName());
        assertEquals(TerminalState.ACTIVE, registry.terminal("T-1").orElseThrow().getState());
        assertTrue(registry.terminal("T-6").isPresent());
        assertTrue(registry.terminal("T-2").isEmpty());
        assertEquals(2, registry.countTerminals(TerminalQuery.all()));
    }

    @Test
    void terminalsOfUnknownMerchantAreRejectedAgainstTheStore() throws Exception {
        importSmall();
        Path dir = Files.createDirectories(tmp.resolve("only-terminals"));
        Files.writeString(dir.resolve("terminals.csv"), "serial_number,vendor,model,connection,firmware,merchant_no,"
                + "state,deployed_region,activated_at\nNEW-1,PAX,A80,WIFI,1,103440058120004,SHIPPED,4400,\n"
                + "NEW-2,PAX,A80,WIFI,1,999999999999999,SHIPPED,4400,\n");
        FileImport f = registry.importFile(dir.resolve("terminals.csv"), ACTOR);
        assertCounts(f, 2, 1, 0, 0, 1);
        assertEquals(3L, f.rejects().get(0).line());
        assertTrue(f.rejects().get(0).reason().startsWith("unknown merchant"));
    }

    @Test
    void fileLevelFailureLeavesStoreUnchanged() throws Exception {
        importSmall();
        registry.exportTo(tmp.resolve("before"));
        Path broken = TestData.copy("missing-column", tmp).resolve("terminals.csv");
        EstateFormatException e = assertThrows(EstateFormatException.class, () -> registry.importFile(broken, ACTOR));
        assertTrue(e.getMessage().startsWith("terminals.csv line 1"), e.getMessage());
        assertTrue(e.getMessage().contains("state"), e.getMessage());
        registry.exportTo(tmp.resolve("after"));
        assertSameFiles(tmp.resolve("before"), tmp.resolve("after"));
        assertTrue(registry.terminal("X-1").isEmpty());
        assertEquals(1, registry.history("PAX-0001").size());
    }

    /** The small data set without its terminals, imported. */
    void importSmallWithoutTerminals() throws Exception {
        Path small = TestData.copy("small", tmp);
        Files.delete(small.resolve("terminals.csv"));
        registry.importDirectory(small, ACTOR);
    }

    /** A terminals.csv of {@code count} terminals T000000...: even ones bound to a merchant of the small set. */
    Path manyTerminals(int count) throws Exception {
        StringBuilder csv = new StringBuilder(
                "serial_number,vendor,model,connection,firmware,merchant_no,state,deployed_region,activated_at\n");
        for (int i = 0; i < count; i++) {
            csv.append(String.format(i % 2 == 0 ? "T%06d,PAX,A920,WIFI,V1,102310058120001,ACTIVE,3100,2025-03-01%n"
                    : "T%06d,Sunmi,P2,WIFI,V1,,IN_STOCK,,%n", i));
        }
        return Files.writeString(Files.createDirectories(tmp.resolve("many")).resolve("terminals.csv"), csv);
    }

    static void execute(String location, String sql) {
        try (Store store = Store.open(StoreLocation.parse(location))) {
            store.read(c -> {
                try (Statement s = c.createStatement()) {
                    return s.execute(sql);
                }
            });
        }
    }

    /** @return the import runs of terminals.csv plus the runs still marked as loading */
    static long terminalRunsAndLoads(String location) {
        try (Store store = Store.open(StoreLocation.parse(location))) {
            return store.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM import_run"
                        + " WHERE file_name = 'terminals.csv' OR restore IS NOT NULL")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
    }

    @Test
    void failureInTheMiddleOfALoadIntoAnEmptyTableLeavesItEmptyWithEveryIndex() throws Exception {
        importSmallWithoutTerminals();
        Set<String> before = indexes(location);
        Path file = manyTerminals(50_000);
        // a row well after the first commit of an H2 load fails in the database
        execute(location, "ALTER TABLE terminal ADD CONSTRAINT fail_midway CHECK (serial_number <> 'T040000')");
        Exception e = assertThrows(Exception.class, () -> registry.importFile(file, ACTOR));
        assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("fail_midway"), e.getMessage());
        assertEquals(0, registry.countTerminals(TerminalQuery.all()));
        assertEquals(before, indexes(location));
        assertEquals(0, terminalRunsAndLoads(location));

        execute(location, "ALTER TABLE terminal DROP CONSTRAINT fail_midway");
        assertCounts(registry.importFile(file, ACTOR), 50_000, 50_000, 0, 0, 0);
        assertEquals(50_000, registry.countTerminals(TerminalQuery.all()));
        assertEquals(25_000, registry.countTerminals(TerminalQuery.all().withMerchantNo("102310058120001")));
        assertEquals(before, indexes(location));
        assertEquals(1, terminalRunsAndLoads(location));
    }

    @Test
    void failureInTheMiddleOfALoadIntoAStoredTableChangesNothing() throws Exception {
        importSmall(); // not empty: one transaction
        registry.exportTo(tmp.resolve("before"));
        Set<String> indexes = indexes(location);
        execute(location, "ALTER TABLE terminal ADD CONSTRAINT fail_midway CHECK (serial_number <> 'T040000')");
        Path file = manyTerminals(50_000);
        assertThrows(Exception.class, () -> registry.importFile(file, ACTOR));
        registry.exportTo(tmp.resolve("after"));
        assertSameFiles(tmp.resolve("before"), tmp.resolve("after"));
        assertEquals(indexes, indexes(location));
        assertEquals(1, terminalRunsAndLoads(location));
    }

    @Test
    void lookupsBySerialMerchantAndPhone() throws Exception {
        importSmall();
        Merchant m = registry.merchant("102310058120001").orElseThrow();
        assertEquals("5812", m.getMcc());
        assertEquals("3100", m.getRegion());
        assertEquals("6222020000000001", m.getSettlementAccount());
        assertEquals(PhoneStatus.CANCELLED, m.getPhone().getStatus());
        assertEquals(PhoneStatus.UNKNOWN, m.getBackupPhone().getStatus());
        assertEquals("13900000001", m.getBackupPhone().getNumber());
        Merchant unlicensed = registry.merchant("103110059990003").orElseThrow();
        assertEquals("ACQ999", unlicensed.getAcquirerCode());
        assertNull(unlicensed.getAcquirer(), "ACQ999 is not a licensed acquirer");
        assertEquals("3 \"Chang'an\" Ave", unlicensed.getAddress());
        assertTrue(registry.merchant("000000000000000").isEmpty());
        assertTrue(registry.terminal("NO-SUCH").isEmpty());
        assertTrue(registry.history("NO-SUCH").isEmpty());

        assertEquals(List.of("102310058120001", "103440058120004"),
                registry.merchantsByPhone("13800000001").stream().map(Merchant::getMerchantNo).toList());
        assertEquals(List.of("102310058120001"),
                registry.merchantsByPhone("13900000001").stream().map(Merchant::getMerchantNo).toList());
        assertTrue(registry.merchantsByPhone("10000000000").isEmpty());
    }

    @Test
    void filtersPagingSortingAndTextSearch() throws Exception {
        importSmall();
        TerminalQuery all = TerminalQuery.all();
        assertEquals(6, registry.countTerminals(all));
        assertEquals(List.of("PAX-0001", "PAX-0002", "SUN-0005"),
                serials(registry.terminals(all.withState(TerminalState.ACTIVE))));
        assertEquals(3, registry.countTerminals(all.withState(TerminalState.ACTIVE)));
        assertEquals(List.of("SUN-0004", "SUN-0005"), serials(registry.terminals(all.withVendor("Sunmi"))));
        assertEquals(List.of("SUN-0005"), serials(registry.terminals(all.withVendor("Sunmi").withModel("V2s"))));
        assertEquals(3, registry.countTerminals(all.withRegion("3100")));
        assertEquals(2, registry.countTerminals(all.withRegion("3100").withState(TerminalState.ACTIVE)));
        assertEquals(List.of("PAX-0001", "VF-0006"),
                serials(registry.terminals(all.withMerchantNo("102310058120001"))));

        assertTextFilters(all);

        Page<Terminal> first = registry.terminals(all.withPage(0, 4));
        assertEquals(List.of("NL-0003", "PAX-0001", "PAX-0002", "SUN-0004"), serials(first));
        assertTrue(first.hasMore());
        Page<Terminal> second = registry.terminals(all.withPage(0, 4).next());
        assertEquals(List.of("SUN-0005", "VF-0006"), serials(second));
        assertFalse(second.hasMore());
        assertEquals(4, second.offset());

        assertEquals(List.of("SUN-0005", "PAX-0002", "PAX-0001", "NL-0003", "VF-0006", "SUN-0004"),
                serials(registry.terminals(all.withSort(TerminalSort.ACTIVATED_AT, true))),
                "newest activation first, never-activated last; ties by serial in the same direction");
        assertEquals(List.of("VF-0006", "SUN-0005"),
                serials(registry.terminals(all.withSort(TerminalSort.SERIAL_NUMBER, true).withPage(0, 2))));
        assertEquals(2, registry.countTerminals(all.withText("pax").withState(null).withRegion("3100")));
    }

    /**
     * Filtered pages and counts over a generated estate answer as plain SQL on the same store (on H2 the registry
     * answers them from its in-memory FilterIndex: built by the load, then rebuilt after a state change), so both
     * databases return the same rows.
     */
    @Test
    void filteredPagesAndCountsAnswerAsPlainSql() throws Exception {
        Path estate = Files.createDirectories(tmp.resolve("estate"));
        EstateGenerator.write(estate, 40, 3_000);
        registry.importDirectory(estate, ACTOR);
        assertFiltersAsSql();
        String serial = serials(registry.terminals(TerminalQuery.all().withState(TerminalState.ACTIVE))).get(0);
        registry.changeState(serial, TerminalState.SUSPENDED, ACTOR, "test", List.of());
        registry.prepareSearch();
        assertFiltersAsSql();
        assertTrue(serials(registry.terminals(TerminalQuery.all().withState(TerminalState.SUSPENDED)
                .withPage(0, TerminalQuery.MAX_LIMIT))).contains(serial));
    }

    private void assertFiltersAsSql() {
        TerminalQuery all = TerminalQuery.all();
        List<TerminalQuery> filters = new ArrayList<>(List.of(all, all.withVendor("PAX"), all.withVendor("Nobody"),
                all.withVendor("Sunmi").withModel("P2"), all.withRegion("1100"), all.withRegion("9999"),
                all.withState(TerminalState.ACTIVE).withRegion("1200")));
        for (TerminalState state : TerminalState.values()) {
            filters.add(all.withState(state));
        }
        for (TerminalQuery filter : filters) {
            assertEquals(sql(filter, "COUNT(*)", ""), List.of(String.valueOf(registry.countTerminals(filter))),
                    filter.toString());
            for (TerminalSort sort : List.of(TerminalSort.SERIAL_NUMBER, TerminalSort.STATE, TerminalSort.VENDOR,
                    TerminalSort.MODEL, TerminalSort.REGION)) {
                for (boolean descending : List.of(false, true)) {
                    for (int offset : List.of(0, 7, 1_000)) {
                        TerminalQuery q = filter.withSort(sort, descending).withPage(offset, 10);
                        String column = sort == TerminalSort.REGION ? "deployed_region" : sort.name().toLowerCase(Locale.ROOT);
                        String direction = descending ? " DESC" : " ASC";
                        assertEquals(sql(q, "serial_number", " ORDER BY " + column + direction + " NULLS LAST, serial_number"
                                + direction + " LIMIT 10 OFFSET " + offset), serials(registry.terminals(q)), q.toString());
                    }
                }
            }
        }
    }

    /** The first column of {@code SELECT what FROM terminal WHERE <the query's filters> tail}, as text. */
    private List<String> sql(TerminalQuery q, String what, String tail) {
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        if (q.state() != null) {
            where.add("state = '" + q.state().name() + "'");
        }
        if (q.vendor() != null) {
            where.add("vendor = '" + q.vendor() + "'");
        }
        if (q.model() != null) {
            where.add("model = '" + q.model() + "'");
        }
        if (q.region() != null) {
            where.add("deployed_region = '" + q.region() + "'");
        }
        try (Store store = Store.open(StoreLocation.parse(location))) {
            return store.read(c -> {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + what
                        + " FROM terminal WHERE " + String.join(" AND ", where) + tail)) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                return rows;
            });
        }
    }

    @Test
    void acquirersAndTheirMerchantsAPageAtATime() throws Exception {
        importSmall();
        assertEquals(List.of(new AcquirerCount("ACQ102", "First Acquirer", 2),
                new AcquirerCount("ACQ103", "Second Acquirer", 1), new AcquirerCount("ACQ999", null, 1)),
                registry.acquirers());
        Page<MerchantCount> first = registry.merchantsByAcquirer("ACQ102", 0, 1);
        assertEquals("102310054110002", first.items().get(0).merchant().getMerchantNo());
        assertEquals(1, first.items().get(0).terminals());
        assertTrue(first.hasMore());
        Page<MerchantCount> second = registry.merchantsByAcquirer("ACQ102", 1, 1);
        assertEquals("上海小笼包店", second.items().get(0).merchant().getName());
        assertEquals(2, second.items().get(0).terminals());
        assertEquals("ACQ102", second.items().get(0).merchant().getAcquirerCode());
        assertFalse(second.hasMore());
        assertTrue(registry.merchantsByAcquirer("NONE", 0, 10).items().isEmpty());
    }

    /** Text filters as SQL answers them, then from the in-memory search index: the same. */
    @Test
    void textSearchFromTheSearchIndexAnswersAsSqlAndFollowsImports() throws Exception {
        importSmall();
        TerminalQuery all = TerminalQuery.all();
        assertTextFilters(all);
        registry.prepareSearch();
        assertTextFilters(all);
        assertEquals(2, registry.countTerminals(all.withText("pax").withRegion("3100")));
        assertEquals(List.of("PAX-0002"), serials(registry.terminals(all.withText("pax").withPage(0, 1).next())));
        assertTrue(registry.terminals(all.withText("pax").withPage(0, 1)).hasMore());
        assertFalse(registry.terminals(all.withText("pax").withPage(1, 1)).hasMore());
        assertEquals(List.of("PAX-0002", "PAX-0001"),
                serials(registry.terminals(all.withText("pax").withSort(TerminalSort.SERIAL_NUMBER, true))));
        // an import through this registry drops the index: the new terminals are found at once
        registry.importDirectory(TestData.copy("bad", tmp.resolve("more")), ACTOR);
        registry.prepareSearch();
        for (Terminal t : registry.terminals(all.withPage(0, 100)).items()) {
            assertTrue(serials(registry.terminals(all.withText(t.getSerialNumber()))).contains(t.getSerialNumber()),
                    t.getSerialNumber());
        }
    }

    /** Text: case-insensitive, anywhere in serial, vendor, model and merchant name; LIKE wildcards are text. */
    private void assertTextFilters(TerminalQuery all) {
        assertEquals(List.of("PAX-0001", "VF-0006"), serials(registry.terminals(all.withText("小笼包"))));
        assertEquals(List.of("PAX-0001", "PAX-0002"), serials(registry.terminals(all.withText("a920"))));
        assertEquals(List.of("SUN-0005"), serials(registry.terminals(all.withText("TEA house"))));
        assertEquals(0, registry.countTerminals(all.withText("100%")));
        assertEquals(0, registry.countTerminals(all.withText("pax_")));
        assertEquals(1, registry.countTerminals(all.withText("pax-0002")));
        assertEquals(List.of(), serials(registry.terminals(all.withText("no such terminal"))));
        assertEquals(List.of("PAX-0001"), serials(registry.terminals(all.withText("a920").withState(TerminalState.ACTIVE)
                .withMerchantNo("102310058120001"))));
    }

    @Test
    void exportThenImportIntoEmptyStoreRoundTrips() throws Exception {
        importSmall();
        registry.importDirectory(TestData.copy("bad", tmp.resolve("more")), ACTOR);
        Path first = tmp.resolve("export1");
        ExportReport report = registry.exportTo(first);
        assertEquals(Map.of("licensed_acquirers.csv", 2L, "merchants.csv", 5L, "phone_status.csv", 2L,
                "terminals.csv", 8L), report.rows());
        try (EstateRegistry empty = factory.open(backend.newLocation())) {
            ImportReport imported = empty.importDirectory(first, ACTOR);
            assertTrue(imported.rejects().isEmpty(), imported.rejects().toString());
            empty.exportTo(tmp.resolve("export2"));
        }
        assertSameFiles(first, tmp.resolve("export2"));
        assertTrue(Files.readString(first.resolve("merchants.csv")).contains("\"Multi\r\nLine Name\""));
    }

    @Test
    void stateChangesAreRecordedWithActorReasonAndEvidence() throws Exception {
        importSmall();
        registry.changeState("PAX-0001", TerminalState.DEACTIVATION_REQUESTED, "alice", "merchant closed",
                List.of("ticket-42", "wipe-proof.jpg"));
        Terminal t = registry.terminal("PAX-0001").orElseThrow();
        assertEquals(TerminalState.DEACTIVATION_REQUESTED, t.getState());
        List<LifecycleEvent> history = registry.history("PAX-0001");
        assertEquals(2, history.size());
        LifecycleEvent e = history.get(1);
        assertEquals(TerminalState.ACTIVE, e.getFromState());
        assertEquals(TerminalState.DEACTIVATION_REQUESTED, e.getToState());
        assertEquals("alice", e.getActor());
        assertEquals("merchant closed", e.getReason());
        assertEquals(List.of("ticket-42", "wipe-proof.jpg"), e.getEvidence().stream().map(v -> v.getReference()).toList());
        assertFalse(e.getTime().isBefore(history.get(0).getTime()));

        RegistryException same = assertThrows(RegistryException.class, () -> registry.changeState("PAX-0001",
                TerminalState.DEACTIVATION_REQUESTED, "alice", "again", List.of()));
        assertTrue(same.getMessage().contains("already DEACTIVATION_REQUESTED"), same.getMessage());
        RegistryException unknown = assertThrows(RegistryException.class,
                () -> registry.changeState("NO-SUCH", TerminalState.ACTIVE, "alice", "x", List.of()));
        assertTrue(unknown.getMessage().contains("NO-SUCH"), unknown.getMessage());
        RegistryException unbound = assertThrows(RegistryException.class,
                () -> registry.changeState("SUN-0004", TerminalState.ACTIVE, "alice", "x", List.of()));
        assertTrue(unbound.getMessage().contains("no merchant"), unbound.getMessage());
        assertEquals(1, registry.history("SUN-0004").size(), "a refused change records nothing");

        registry.changeState("VF-0006", TerminalState.ACTIVE, "carol", "installed", List.of());
        Terminal activated = registry.terminal("VF-0006").orElseThrow();
        assertEquals(TerminalState.ACTIVE, activated.getState());
        assertTrue(activated.getActivatedAt() != null, "first activation sets activated_at");
    }

    @Test
    void rebindingAPhoneUpdatesMerchantAndTerminalsWithAnEvent() throws Exception {
        importSmall();
        registry.rebindPhone("102310058120001", "13700000009", "alice", "case 7: code confirmed");
        assertEquals("13700000009", registry.merchant("102310058120001").orElseThrow().getPhone().getNumber());
        assertEquals("13700000009", registry.terminal("PAX-0001").orElseThrow().getBoundPhone().getNumber(),
                "the terminal's bound phone follows");
        List<LifecycleEvent> history = registry.history("PAX-0001");
        LifecycleEvent e = history.get(history.size() - 1);
        assertEquals(e.getFromState(), e.getToState(), "the state does not change");
        assertEquals("alice", e.getActor());
        assertEquals("bound phone 138****0001 -> 137****0009: case 7: code confirmed", e.getReason());
        assertTrue(registry.merchantsWithCancelledPhone().stream().noneMatch(m -> m.getMerchantNo()
                .equals("102310058120001")), "no longer bound to the cancelled number");

        RegistryException same = assertThrows(RegistryException.class,
                () -> registry.rebindPhone("102310058120001", "13700000009", "alice", null));
        assertTrue(same.getMessage().contains("already bound"), same.getMessage());
        assertThrows(RegistryException.class, () -> registry.rebindPhone("999", "13700000009", "alice", null));
        assertThrows(RegistryException.class, () -> registry.rebindPhone("102310058120001", "call me", "alice", null));
        assertEquals(history.size(), registry.history("PAX-0001").size(), "a refused re-binding records nothing");
    }

    @Test
    void cancelledPhoneFlagsMerchantsUntilNewerStatus() throws Exception {
        importSmall();
        assertEquals(List.of("102310058120001", "103440058120004"),
                registry.merchantsWithCancelledPhone().stream().map(Merchant::getMerchantNo).toList());
        EstateSummary summary = registry.summary();
        assertEquals(2, summary.flaggedMerchants());
        assertEquals(1, summary.cancelledPhones());
        assertEquals(PhoneStatus.ACTIVE, registry.merchant("102310054110002").orElseThrow().getPhone().getStatus(),
                "the row with the latest since wins");

        FileImport newer = registry.importFile(TestData.copy("phones-newer", tmp).resolve("phone_status.csv"), ACTOR);
        assertCounts(newer, 2, 0, 1, 1, 0); // 13800000002's row is older than the stored one: ignored
        assertTrue(registry.merchantsWithCancelledPhone().isEmpty());
        assertEquals(PhoneStatus.ACTIVE, registry.merchant("102310054110002").orElseThrow().getPhone().getStatus());
    }

    @Test
    void summaryCountsByStateVendorModelRegion() throws Exception {
        importSmall();
        assertSummary(registry.summary());
        registry.prepareSearch(); // H2 counts from the in-memory FilterIndex
        assertSummary(registry.summary());
    }

    private static void assertSummary(EstateSummary s) {
        assertEquals(6, s.terminals());
        assertEquals(4, s.merchants());
        assertEquals(Map.of("ACTIVE", 3L, "IN_STOCK", 1L, "SHIPPED", 1L, "SUSPENDED", 1L), s.terminalsByState());
        assertEquals(Map.of("Newland", 1L, "PAX", 2L, "Sunmi", 2L, "Verifone", 1L), s.terminalsByVendor());
        assertEquals(Map.of("A920", 2L, "N910", 1L, "P2", 1L, "V2s", 1L, "X990", 1L), s.terminalsByModel());
        assertEquals(Map.of("", 1L, "1100", 1L, "3100", 3L, "4400", 1L), s.terminalsByRegion());
    }

    @Test
    void benchmarkImportsGeneratedEstateAndMeasures() throws Exception {
        // 5,000 terminals: enough rows that a PostgreSQL load into the empty store streams its COPY in several writes
        int terminals = Integer.getInteger("posestate.bench.terminals", 5_000);
        int merchants = Integer.getInteger("posestate.bench.merchants", Math.max(1, terminals * 33 / 100));
        registry.close();
        registry = null;
        String location = backend.newLocation();
        BenchmarkResult result = TestData.service(RegistryBenchmark.class).run(location, merchants, terminals,
                tmp.resolve("bench"), Integer.getInteger("posestate.bench.lookups", 1_000),
                Integer.getInteger("posestate.bench.pages", 100));
        System.out.println("[benchmark] " + getClass().getSimpleName() + "\n" + result.describe());
        try (EstateRegistry r = factory.open(location)) {
            assertEquals(terminals, r.countTerminals(TerminalQuery.all()));
            assertEquals(merchants, r.summary().merchants());
        }
        assertTrue(result.lookupP99Micros() >= result.lookupP50Micros());
        assertTrue(result.firstLookupP99Micros() >= result.firstLookupP50Micros());
        assertTrue(result.pageP99Micros() >= result.pageP50Micros());
    }

    private static List<String> serials(Page<Terminal> page) {
        return page.items().stream().map(Terminal::getSerialNumber).toList();
    }

    private static void assertSameFiles(Path expected, Path actual) throws Exception {
        for (String name : EstateRegistry.REGISTRY_FILES) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)), name);
        }
    }
}
