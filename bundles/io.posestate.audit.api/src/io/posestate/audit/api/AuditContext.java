package io.posestate.audit.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.PhoneStatusRow;
import io.posestate.exchange.TerminalRow;

/** The registry snapshot and settings one audit runs against (read only). */
@org.osgi.annotation.versioning.ProviderType
public interface AuditContext {

    /** The audit date ({@code --as-of}). */
    LocalDate asOf();

    AuditPolicy policy();

    /** Kept merchants by merchant_no. */
    Map<String, MerchantRow> merchants();

    /** Kept terminals by serial_number. */
    Map<String, TerminalRow> terminals();

    /** Registered terminals in serial-index order: {@code terminalAt(i)} for {@code 0 <= i < terminalCount()}. */
    TerminalRow terminalAt(int serialIndex);

    int terminalCount();

    /**
     * The serial number with a serial index (registered or, once seen in transactions, unknown). For unknown
     * serials call it from {@link RuleRun#finish} (the index grows while transactions stream); in
     * {@link RuleRun#accept} use the row's serial_number.
     */
    String serialAt(int serialIndex);

    /** The phone-status row in force per number (latest since; on a tie the later row). */
    Map<String, PhoneStatusRow> phoneStatus();

    /** Codes of the licensed acquirers. */
    Set<String> licensedAcquirers();
}
