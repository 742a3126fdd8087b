package io.posestate.registry.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import io.posestate.model.LifecycleEvent;
import io.posestate.model.Merchant;
import io.posestate.model.Terminal;
import io.posestate.model.TerminalState;

/**
 * The estate registry: terminals, merchants, phones and acquirers in a database (the system of record).
 * Results are fresh, detached EMF objects (changing them does not change the store). Thread-safe.
 */
@ProviderType
public interface EstateRegistry extends AutoCloseable {
    /** Registry file names in import (dependency) order. */
    List<String> REGISTRY_FILES = List.of("licensed_acquirers.csv", "merchants.csv", "phone_status.csv",
            "terminals.csv");

    /** @return the terminal with its merchant (and the merchant's phones) resolved, or empty */
    Optional<Terminal> terminal(String serialNumber);

    /** @return the merchant with its phones (status UNKNOWN when no phone status is known), or empty */
    Optional<Merchant> merchant(String merchantNo);

    /** @return merchants whose phone or backup phone is this number, by merchant number */
    List<Merchant> merchantsByPhone(String phone);

    /** @return merchants whose bound phone is CANCELLED (flagged: re-binding needed), by merchant number */
    List<Merchant> merchantsWithCancelledPhone();

    /** @return the acquirers the merchants name, by code, with their merchant counts */
    List<AcquirerCount> acquirers();

    /**
     * @return one page of an acquirer's merchants by merchant number, each with its terminal count
     *         ({@code offset} merchants skipped, at most {@code limit})
     */
    Page<MerchantCount> merchantsByAcquirer(String acquirerCode, int offset, int limit);

    /** @return one page of terminals matching the query's filters, in its sort order */
    Page<Terminal> terminals(TerminalQuery query);

    /** @return the number of terminals matching the query's filters (paging ignored) */
    long countTerminals(TerminalQuery query);

    /**
     * Gets the free-text filter of {@link #terminals} ready: builds its in-memory search index now (a few seconds
     * for a million terminals; call it off the UI thread, e.g. when a terminal list opens) unless a fresh one is
     * there. Without it the first text filter builds the index in the background and runs in SQL meanwhile.
     */
    default void prepareSearch() {
    }

    /**
     * Imports whichever of {@link #REGISTRY_FILES} exist in {@code dir}, in that order, one transaction per
     * file. Rejected rows are reported, valid rows imported; re-importing the same files changes nothing.
     *
     * @throws io.posestate.exchange.EstateFormatException when a file cannot be read at all (e.g. a required
     *         column is missing): that file is rolled back, files imported before it stay, later ones are not read
     */
    ImportReport importDirectory(Path dir, String actor) throws IOException;

    /** Imports one registry file; its kind is taken from its name (one of {@link #REGISTRY_FILES}). */
    FileImport importFile(Path file, String actor) throws IOException;

    /** Writes the four registry files (formats.md) sorted by key, so that they import back identically. */
    ExportReport exportTo(Path dir) throws IOException;

    /** @return counts by state, vendor, model, region; merchants; flagged merchants and cancelled phones */
    EstateSummary summary();

    /**
     * Moves a terminal to another state and records a lifecycle event.
     *
     * @param evidence references of evidence (documents, photos, receipts), may be empty
     * @throws RegistryException for an unknown serial, the state it is already in, ACTIVE without merchant,
     *         or a concurrent change of the same terminal
     */
    void changeState(String serialNumber, TerminalState to, String actor, String reason, List<String> evidence);

    /**
     * Binds a merchant to a new mobile number (S1 re-binding): the merchant's phone and the bound phone of its
     * terminals become {@code newPhone}, and each terminal gets a lifecycle event (state unchanged) naming the
     * actor, the time and the old and new number masked.
     *
     * @throws RegistryException for an unknown merchant, a number that is not a phone number, or the number the
     *         merchant is already bound to
     */
    void rebindPhone(String merchantNo, String newPhone, String actor, String reason);

    /** @return the lifecycle events of a terminal, oldest first (empty for an unknown serial) */
    List<LifecycleEvent> history(String serialNumber);

    /** @return the store location, password masked */
    String location();

    /** Releases the database connections. */
    @Override
    void close();
}
