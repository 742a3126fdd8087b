package io.posestate.exchange;

import java.time.LocalDate;

/** One row of phone_status.csv (every column is required). */
public record PhoneStatusRow(String phone, PhoneStatus status, LocalDate since, PhoneSource source) {
}
