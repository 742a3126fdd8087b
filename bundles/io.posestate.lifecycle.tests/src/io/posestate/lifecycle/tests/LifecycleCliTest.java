package io.posestate.lifecycle.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.cli.api.CliContext;
import io.posestate.cli.internal.Cli;
import io.posestate.lifecycle.LifecycleFactory;
import io.posestate.store.Store;
import io.posestate.store.StoreLocation;

/** The lifecycle commands through the real command line dispatcher, on an embedded H2 store. */
class LifecycleCliTest {
    @TempDir
    Path tmp;
    String store;
    Path data;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        List<String> words = new ArrayList<>(Arrays.asList(args));
        words.add("--store");
        words.add(store);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = Cli.withServices(context).run(words);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run ok(String... args) {
        Run r = run(args);
        assertEquals(0, r.exit(), String.join(" ", args) + "\n" + r.out() + r.err());
        return r;
    }

    @BeforeEach
    void setUp() throws Exception {
        TestData.service(LifecycleFactory.class); // starts the DS bundles
        store = tmp.resolve("store").toString();
        data = TestData.copyAll(tmp.resolve("data"));
        ok("import", "--data", data.resolve("estate").toString(), "--out", tmp.toString());
        ok("--user", "sue", "case", "role", "sue", "SUPERVISOR");
        ok("--user", "sue", "case", "role", "alice", "ANALYST");
    }

    @Test
    void stopUseAlertThroughTheCommandLine() throws Exception {
        Run help = ok("help");
        for (String command : List.of("case open|", "verify-audit", "report case ID")) {
            assertTrue(help.out().contains(command), command + "\n" + help.out());
        }
        Run opened = ok("--user", "alice", "case", "open", "S2", "--terminal", "PAX-0002", "--cause", "TAMPERED");
        Matcher id = Pattern.compile("opened case (\\d+)").matcher(opened.out());
        assertTrue(id.find(), opened.out());
        String caseId = id.group(1);

        Run usage = run("--user", "alice", "case", "open", "S9");
        assertEquals(2, usage.exit());
        assertTrue(usage.err().contains("scenario must be one of S1, S2, S3, S4, S5"), usage.err());

        ok("--user", "alice", "case", "step", caseId, "REQUEST_ALERT", "--note", "tamper flag raised");
        Run self = run("--user", "alice", "case", "approve", caseId, "REQUEST_ALERT");
        assertEquals(1, self.exit());
        assertTrue(self.err().contains("alice cannot approve their own request"), self.err());
        Run stale = run("--user", "sue", "case", "approve", caseId, "request_alert", "--version", "0");
        assertEquals(1, stale.exit());
        assertTrue(stale.err().contains("was changed by alice"), stale.err());
        ok("--user", "sue", "case", "approve", caseId, "REQUEST_ALERT", "--version", "1", "--comment", "go");
        Run sent = ok("--user", "alice", "case", "step", caseId, "SEND_ALERT");
        assertTrue(sent.out().contains("message to 138****0002 via STORE_RECORD, RECORDED"), sent.out());
        assertFalse(sent.out().contains("reference code"), "nothing sent, no reference code:\n" + sent.out());
        Path receipt = Files.writeString(tmp.resolve("receipt.txt"), "id:981 stat:DELIVRD");
        Run done = ok("--user", "alice", "case", "step", caseId, "DELIVERY_RECEIPT", "--set", "receipt=DELIVERED",
                "--evidence", "DELIVERY_RECEIPT=" + receipt);
        assertTrue(done.out().contains("CLOSED"), done.out());
        assertTrue(done.out().contains("sha256 "), "evidence files are hashed:\n" + done.out());

        assertEquals(2, run("case", "verify-ref", "ABCDE-FGHJK-MNPQR").exit(), "verify-alert checks codes now");
        assertTrue(ok("case", "list", "--status", "CLOSED").out().contains("1 case(s)"));
        assertTrue(ok("terminals", "--search", "PAX-0002").out().contains("SUSPENDED"));

        Path html = tmp.resolve("case.html");
        Run written = ok("report", "case", caseId, "--out", html.toString());
        Path pdf = tmp.resolve("case.pdf");
        assertTrue(written.out().contains("wrote " + pdf.toAbsolutePath()), written.out());
        String pdfText = LifecycleContract.pdfText(Files.readAllBytes(pdf));
        assertTrue(pdfText.contains("APPROVED by sue") && pdfText.contains("138****0002"), pdfText);
        assertFalse(pdfText.contains("13800000002"), "phone masked in the PDF");
        String report = Files.readString(html);
        assertTrue(report.contains("APPROVED by sue"), report);
        assertFalse(report.contains("13800000002"), "phone masked in the report");

        assertTrue(ok("verify-audit").out().startsWith("audit trail intact"));
        try (Store s = Store.open(StoreLocation.parse(store))) {
            s.inTransaction(c -> c.createStatement().executeUpdate(
                    "UPDATE audit_event SET actor = 'mallory' WHERE seq = 4"));
        }
        Run tampered = run("verify-audit");
        assertEquals(1, tampered.exit());
        assertTrue(tampered.out().contains("audit trail TAMPERED"), tampered.out());
        assertTrue(tampered.out().contains("event 4"), tampered.out());
    }
}
