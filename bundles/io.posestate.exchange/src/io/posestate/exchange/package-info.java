/**
 * The CSV wire format of the five estate files (merchants, terminals, transactions, phone_status,
 * licensed_acquirers) exactly as specified in formats.md: streaming readers that validate every row and
 * report rejects, cross-row key rules ({@link io.posestate.exchange.EstateLoader}), and writers.
 * No dependency on EMF or the database.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package io.posestate.exchange;
