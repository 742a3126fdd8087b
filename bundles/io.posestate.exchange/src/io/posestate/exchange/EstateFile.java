package io.posestate.exchange;

import java.util.List;
import java.util.Optional;

/** The five estate files with their column names in formats.md order and the columns a header must have. */
public enum EstateFile {
    MERCHANTS("merchants.csv",
            List.of("merchant_no", "name", "mcc", "region", "acquirer_code", "settlement_account", "phone",
                    "backup_phone", "email", "address", "status"),
            List.of("merchant_no", "mcc", "region", "acquirer_code", "status")),
    TERMINALS("terminals.csv",
            List.of("serial_number", "vendor", "model", "connection", "firmware", "merchant_no", "state",
                    "deployed_region", "activated_at"),
            List.of("serial_number", "vendor", "model", "connection", "state")),
    TRANSACTIONS("transactions.csv",
            List.of("txn_id", "time", "serial_number", "merchant_no", "location_region", "amount", "currency",
                    "scheme", "entry", "cvm", "signature_ref", "result", "response_code"),
            List.of("txn_id", "time", "serial_number", "merchant_no", "amount", "currency", "scheme", "entry",
                    "cvm", "result")),
    PHONE_STATUS("phone_status.csv",
            List.of("phone", "status", "since", "source"),
            List.of("phone", "status", "since", "source")),
    LICENSED_ACQUIRERS("licensed_acquirers.csv",
            List.of("acquirer_code", "name", "license_no"),
            List.of("acquirer_code"));

    private final String fileName;
    private final List<String> columns;
    private final List<String> requiredColumns;

    EstateFile(String fileName, List<String> columns, List<String> requiredColumns) {
        this.fileName = fileName;
        this.columns = columns;
        this.requiredColumns = requiredColumns;
    }

    /** The file name, e.g. {@code merchants.csv}. */
    public String fileName() {
        return fileName;
    }

    /** All columns in formats.md order (the order writers use for the header). */
    public List<String> columns() {
        return columns;
    }

    /**
     * Columns the header must contain (else {@link EstateFormatException}). Terminals' merchant_no and
     * activated_at are required only for ACTIVE terminals, so they are checked per row, not in the header.
     */
    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** The kind of file with this exact name. */
    public static Optional<EstateFile> byFileName(String name) {
        for (EstateFile f : values()) {
            if (f.fileName.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
