package io.posestate.audit.tests;

import static io.posestate.audit.tests.TestEstate.M1;
import static io.posestate.audit.tests.TestEstate.txn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.cli.internal.Cli;

/** The {@code audit} command through the real command-line dispatcher: outputs and exit codes 0, 1 and 2. */
class CommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int posestate(String... args) throws Exception {
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(context, List.of(TestEstate.service(Command.class))).run(List.of(args));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsAndWritesTheOutputs() throws Exception {
        TestEstate e = new TestEstate(tmp.resolve("data"));
        e.add(e.transactions, txn("1", "2026-09-01T10:00:00+08:00", "X1", M1));
        e.write();
        Path policy = Files.writeString(tmp.resolve("policy.properties"), "# stricter\nlimit.default = 5.00\n");
        Path outDir = tmp.resolve("out");
        assertEquals(0, posestate("audit", "--data", e.dir.toString(), "--as-of", "2026-09-30", "--out",
                outDir.toString(), "--policy", policy.toString()), err());
        for (String f : List.of("findings.csv", "findings.json", "rejects.csv")) {
            assertTrue(Files.isRegularFile(outDir.resolve(f)), f);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 transactions read"), out.toString());
        String json = Files.readString(outDir.resolve("findings.json"));
        assertTrue(json.contains("\"rule\":\"UNKNOWN_TERMINAL\",\"severity\":\"WARNING\",\"serial_number\":\"X1\","
                + "\"merchant_no\":null,\"count\":1"), json);
    }

    @Test
    void usageErrorsExitWith2() throws Exception {
        assertEquals(2, posestate("audit", "--data", tmp.toString(), "--out", tmp.toString()));
        assertTrue(err().contains("--as-of"), err());
        assertEquals(2, posestate("audit", "--data", tmp.toString(), "--as-of", "2026-02-30", "--out", "x"));
        assertEquals(2, posestate("audit", "--data", tmp.toString(), "--as-of", "30.09.2026", "--out", "x"));
        assertEquals(2, posestate("audit", "--bogus", "1"));
    }

    @Test
    void missingOrBadInputsExitWith1AndSayWhy() throws Exception {
        assertEquals(1, posestate("audit", "--data", tmp.resolve("nowhere").toString(), "--as-of", "2026-09-30",
                "--out", tmp.resolve("out").toString()));
        assertTrue(err().contains("nowhere"), err());
        TestEstate e = new TestEstate(tmp.resolve("data"));
        e.write();
        Path policy = Files.writeString(tmp.resolve("bad.policy"), "limit.default = 5.00\nspike.failed.share = x\n");
        err.reset();
        assertEquals(1, posestate("audit", "--data", e.dir.toString(), "--as-of", "2026-09-30", "--out",
                tmp.resolve("out").toString(), "--policy", policy.toString()));
        assertTrue(err().contains("bad.policy line 2"), err());
    }
}
