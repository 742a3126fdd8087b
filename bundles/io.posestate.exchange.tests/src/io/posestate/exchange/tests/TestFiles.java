package io.posestate.exchange.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.posestate.exchange.EstateCsv;
import io.posestate.exchange.EstateFile;
import io.posestate.exchange.Reject;
import io.posestate.exchange.internal.CellTexts;

/** Test data: files of this fragment's data/ folder copied to a temp dir, and files written by tests. */
final class TestFiles {

    /** Rows, rejects and the record count of one read. */
    record Read<T>(List<T> rows, List<Reject> rejects, long records) {
        Reject onlyReject() {
            if (rejects.size() != 1) {
                throw new AssertionError("expected exactly one reject but got " + rejects + " and rows " + rows);
            }
            return rejects.get(0);
        }
    }

    private TestFiles() {
    }

    /** Copies data/{name} of the test fragment into {@code dir} (same file name). */
    static Path data(String name, Path dir) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(TestFiles.class);
        // the classes live in the host; findEntries also searches attached fragments
        Enumeration<URL> found = bundle.findEntries("data", name, false);
        if (found == null || !found.hasMoreElements()) {
            throw new IOException("test data file data/" + name + " not found in " + bundle.getSymbolicName());
        }
        Path target = dir.resolve(name);
        try (InputStream in = found.nextElement().openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** A text kept as bytes by a fields reader, as a String (null when absent). */
    static String text(CellTexts fields, int which) {
        if (!fields.present(which)) {
            return null;
        }
        byte[] b = new byte[fields.maxBytes(which)];
        return new String(b, 0, fields.copy(which, b, 0), StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** A file of the given kind with the formats.md header and the given data lines (LF ends). */
    static Path withHeader(Path dir, EstateFile kind, String... lines) throws IOException {
        StringBuilder sb = new StringBuilder(String.join(",", kind.columns())).append('\n');
        for (String line : lines) {
            sb.append(line).append('\n');
        }
        return write(dir, kind.fileName(), sb.toString());
    }

    /** Reads a file with the reader of its kind. */
    static Read<Object> read(EstateFile kind, Path file) throws IOException {
        List<Object> rows = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        long records = switch (kind) {
            case MERCHANTS -> EstateCsv.readMerchants(file, rows::add, rejects::add);
            case TERMINALS -> EstateCsv.readTerminals(file, rows::add, rejects::add);
            case TRANSACTIONS -> EstateCsv.readTransactions(file, rows::add, rejects::add);
            case PHONE_STATUS -> EstateCsv.readPhoneStatus(file, rows::add, rejects::add);
            case LICENSED_ACQUIRERS -> EstateCsv.readLicensedAcquirers(file, rows::add, rejects::add);
        };
        return new Read<>(rows, rejects, records);
    }
}
