package io.posestate.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.exchange.EstateCsvWriter;
import io.posestate.exchange.EstateFile;
import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.MerchantStatus;
import io.posestate.exchange.internal.CsvScanner;

/**
 * Randomized checks with fixed seeds: the byte-level scanner splits RFC 4180 text exactly as Apache
 * commons-csv does, and random text values survive write then read.
 */
class RandomizedCsvTest {

    /** Characters that stress quoting, line ends and UTF-8. */
    private static final String ALPHABET = "ab,\"\n\r \t'xyz019-中文商户€😀";

    @TempDir
    Path dir;

    @Test
    void scannerAgreesWithCommonsCsvOnRandomRfc4180Text() throws IOException {
        Random random = new Random(4180);
        for (int round = 0; round < 200; round++) {
            List<List<String>> records = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            String lineEnd = random.nextBoolean() ? "\n" : "\r\n";
            int width = 1 + random.nextInt(6);
            for (int r = 0; r < 1 + random.nextInt(30); r++) {
                List<String> fields = new ArrayList<>();
                for (int f = 0; f < width; f++) {
                    String value = randomText(random, random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(12));
                    fields.add(value);
                    boolean mustQuote = value.matches("(?s).*[,\"\r\n].*") || (f == 0 && width == 1
                            && value.isBlank());
                    text.append(f > 0 ? "," : "");
                    text.append(mustQuote || random.nextInt(4) == 0 ? "\"" + value.replace("\"", "\"\"") + "\""
                            : value);
                }
                records.add(fields);
                text.append(lineEnd);
            }
            assertEquals(commonsCsv(text.toString()), scanned(text.toString()), () -> "text: " + text);
            assertEquals(records, scanned(text.toString()));
        }
    }

    @Test
    void randomMerchantTextsRoundTrip() throws IOException {
        Random random = new Random(2026);
        List<MerchantRow> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(new MerchantRow(String.format("10231005812%04d", i), optionalText(random), "5812", "3100",
                    "ACQ" + i, optionalText(random), optionalText(random), optionalText(random), optionalText(random),
                    optionalText(random), MerchantStatus.values()[i % 3]));
        }
        Path file = dir.resolve("merchants.csv");
        try (EstateCsvWriter<MerchantRow> out = EstateCsvWriter.merchants(file)) {
            out.writeAll(rows);
        }
        TestFiles.Read<Object> read = TestFiles.read(EstateFile.MERCHANTS, file);

        assertEquals(List.of(), read.rejects());
        assertEquals(new ArrayList<Object>(rows), read.rows());
    }

    private static String optionalText(Random random) {
        return random.nextInt(4) == 0 ? null : randomText(random, 1 + random.nextInt(15));
    }

    private static String randomText(Random random, int codePoints) {
        StringBuilder sb = new StringBuilder();
        int[] alphabet = ALPHABET.codePoints().toArray();
        for (int i = 0; i < codePoints; i++) {
            sb.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }

    private static List<List<String>> commonsCsv(String text) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get()
                .parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        }
        return records;
    }

    private static List<List<String>> scanned(String text) throws IOException {
        CsvScanner scanner = new CsvScanner(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv");
        List<List<String>> records = new ArrayList<>();
        while (scanner.next()) {
            List<String> fields = new ArrayList<>();
            for (int f = 0; f < scanner.fieldCount(); f++) {
                fields.add(scanner.string(f));
            }
            records.add(fields);
        }
        return records;
    }
}
