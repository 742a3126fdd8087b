package io.posestate.audit.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.posestate.audit.api.AuditPolicy;
import io.posestate.audit.api.AuditRequest;
import io.posestate.audit.api.AuditResult;
import io.posestate.audit.api.AuditService;

/**
 * A small estate written as real CSV files into a folder, audited by the real engine service. Rows are given as
 * CSV text in formats.md column order; a default merchant M1, its terminal T1 and licensed acquirer 104 exist
 * unless replaced.
 */
final class TestEstate {

    static final String MERCHANTS = "merchant_no,name,mcc,region,acquirer_code,settlement_account,phone,"
            + "backup_phone,email,address,status";
    static final String TERMINALS = "serial_number,vendor,model,connection,firmware,merchant_no,state,"
            + "deployed_region,activated_at";
    static final String TRANSACTIONS = "txn_id,time,serial_number,merchant_no,location_region,amount,currency,"
            + "scheme,entry,cvm,signature_ref,result,response_code";
    static final String PHONES = "phone,status,since,source";
    static final String ACQUIRERS = "acquirer_code,name,license_no";

    /** Merchant numbers: acquirer 104, region 4401, MCC 5812, sequence 0001 (M1) and variants. */
    static final String M1 = "104440158120001";
    static final String M1_OTHER_SEQUENCE = "104440158120002";
    static final String M1_OTHER_REGION = "104440258120001";
    static final String M1_OTHER_MCC = "104440159990001";

    final Path dir;
    final List<String> merchants = new ArrayList<>(List.of(merchant(M1, "104", "13800000001", null, "a@b.cn")));
    final List<String> terminals = new ArrayList<>(List.of(terminal("T1", M1, "ACTIVE", "4401", "2026-01-01")));
    final List<String> transactions = new ArrayList<>();
    final List<String> phones = new ArrayList<>();
    final List<String> acquirers = new ArrayList<>(List.of("104,Licensed Bank,L-001"));

    TestEstate(Path dir) {
        this.dir = dir;
    }

    static String merchant(String no, String acquirer, String phone, String backup, String email) {
        return String.join(",", no, "Shop " + no.substring(11), no.substring(7, 11), no.substring(3, 7), acquirer,
                "6222000011112222", nz(phone), nz(backup), nz(email), "1 Road", "ACTIVE");
    }

    static String terminal(String serial, String merchant, String state, String region, String activated) {
        return String.join(",", serial, "PAX", "A920", "CELLULAR", "1.0", nz(merchant), state, nz(region),
                nz(activated));
    }

    /** An approved CHIP/PIN UNIONPAY transaction of 10.00 in region 4401. */
    static String txn(String id, String time, String serial, String merchant) {
        return txn(id, time, serial, merchant, "4401", "10.00", "PIN", null, "APPROVED");
    }

    static String txn(String id, String time, String serial, String merchant, String region, String amount,
            String cvm, String signature, String result) {
        return String.join(",", id, time, serial, merchant, nz(region), amount, "CNY", "UNIONPAY", "CHIP", cvm,
                nz(signature), result, "00");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    TestEstate add(List<String> list, String... rows) {
        list.addAll(List.of(rows));
        return this;
    }

    void write() throws IOException {
        Files.createDirectories(dir);
        write("merchants.csv", MERCHANTS, merchants);
        write("terminals.csv", TERMINALS, terminals);
        write("transactions.csv", TRANSACTIONS, transactions);
        write("phone_status.csv", PHONES, phones);
        write("licensed_acquirers.csv", ACQUIRERS, acquirers);
    }

    private void write(String file, String header, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        Files.write(dir.resolve(file), lines, StandardCharsets.UTF_8);
    }

    AuditResult audit(String asOf) throws Exception {
        return audit(asOf, AuditPolicy.defaults());
    }

    AuditResult audit(String asOf, AuditPolicy policy) throws Exception {
        write();
        return run(dir, asOf, policy);
    }

    static AuditResult run(Path dataDir, String asOf, AuditPolicy policy) throws Exception {
        return service(AuditService.class).run(new AuditRequest(dataDir, LocalDate.parse(asOf),
                dataDir.resolve("out"), policy, "test", null, "tester"));
    }

    /** findings.csv of the last audit, without the header. */
    List<String> findings() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("out/findings.csv"), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size());
    }

    /** findings.csv lines of one rule. */
    List<String> findings(String rule) throws IOException {
        return findings().stream().filter(l -> l.startsWith(rule + ",")).toList();
    }

    /** Copies {@code data/<set>/*} of this fragment into {@code target}. */
    static Path copy(String set, Path target) throws IOException {
        Files.createDirectories(target);
        Bundle bundle = FrameworkUtil.getBundle(TestEstate.class);
        Enumeration<URL> entries = bundle.findEntries("data/" + set, "*", false);
        if (entries == null) {
            throw new IOException("no test data set data/" + set);
        }
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            if (path.endsWith("/")) {
                continue;
            }
            try (InputStream in = url.openStream()) {
                Files.copy(in, target.resolve(path.substring(path.lastIndexOf('/') + 1)));
            }
        }
        return target;
    }

    static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** A service registered by Declarative Services (the host bundle is started first). */
    static <S> S service(Class<S> type) throws Exception {
        Bundle host = FrameworkUtil.getBundle(TestEstate.class);
        if (host.getState() != Bundle.ACTIVE) {
            host.start();
        }
        BundleContext context = host.getBundleContext();
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        S service = tracker.waitForService(10_000);
        if (service == null) {
            throw new IllegalStateException("no " + type.getName() + " service: is Felix SCR running?");
        }
        return service;
    }
}
