package io.posestate.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.posestate.exchange.EstateFile;
import io.posestate.exchange.EstateFormatException;
import io.posestate.exchange.TerminalRow;

/** Header rules: required columns are a file-level error, optional columns may be absent. */
class HeaderTest {

    @TempDir
    Path dir;

    static Stream<Arguments> requiredColumns() {
        return Stream.of(EstateFile.values())
                .flatMap(kind -> kind.requiredColumns().stream().map(column -> Arguments.of(kind, column)));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredColumns")
    void missingRequiredColumnIsAFileError(EstateFile kind, String column) throws IOException {
        List<String> header = new ArrayList<>(kind.columns());
        header.remove(column);
        Path file = TestFiles.write(dir, kind.fileName(), String.join(",", header) + "\n");

        EstateFormatException e = assertThrows(EstateFormatException.class, () -> TestFiles.read(kind, file));
        assertEquals(kind.fileName(), e.file());
        assertEquals(1, e.line());
        assertEquals(kind.fileName() + " line 1: missing required column \"" + column + "\" in the header of "
                + kind.fileName() + " (expected columns: " + String.join(",", kind.columns()) + ")", e.getMessage());
    }

    @Test
    void severalMissingColumnsAreAllNamedAndTheHeaderLineIsGiven() throws IOException {
        Path file = TestFiles.write(dir, "merchants.csv", "\n\nmerchant_no,name,region,acquirer_code\n");

        EstateFormatException e = assertThrows(EstateFormatException.class,
                () -> TestFiles.read(EstateFile.MERCHANTS, file));
        assertEquals(3, e.line());
        assertEquals("merchants.csv line 3: missing required columns \"mcc\", \"status\" in the header of "
                + "merchants.csv (expected columns: " + String.join(",", EstateFile.MERCHANTS.columns()) + ")",
                e.getMessage());
    }

    @Test
    void columnTwiceIsAFileError() throws IOException {
        Path file = TestFiles.write(dir, "phone_status.csv", "phone,status,since,source,status\n");

        EstateFormatException e = assertThrows(EstateFormatException.class,
                () -> TestFiles.read(EstateFile.PHONE_STATUS, file));
        assertEquals("phone_status.csv line 1: column \"status\" appears twice in the header (columns 2 and 5)",
                e.getMessage());
    }

    @Test
    void conditionallyRequiredColumnsAreCheckedPerRow() throws IOException {
        Path file = TestFiles.write(dir, "terminals.csv", "serial_number,vendor,model,connection,state\n"
                + "SN-1,PAX,A920,WIFI,IN_STOCK\nSN-2,PAX,A920,WIFI,ACTIVE\n");
        TestFiles.Read<Object> read = TestFiles.read(EstateFile.TERMINALS, file);

        assertEquals(List.of(new TerminalRow("SN-1", "PAX", "A920", io.posestate.exchange.ConnectionType.WIFI, null,
                null, io.posestate.exchange.TerminalState.IN_STOCK, null, null)), read.rows());
        assertEquals("an ACTIVE terminal needs merchant_no; an ACTIVE terminal needs activated_at",
                read.onlyReject().reason());
    }

    @Test
    void estateFileKnowsNamesAndColumns() {
        assertEquals(EstateFile.TRANSACTIONS, EstateFile.byFileName("transactions.csv").orElseThrow());
        assertEquals("licensed_acquirers.csv", EstateFile.LICENSED_ACQUIRERS.fileName());
        assertEquals(List.of("phone", "status", "since", "source"), EstateFile.PHONE_STATUS.columns());
        assertEquals(13, EstateFile.TRANSACTIONS.columns().size());
    }
}
