package io.posestate.exchange;

/**
 * One row of merchants.csv; absent optional values are null.
 *
 * @param merchantNo 15 digits: acquirer institution (1-3), region (4-7), MCC (8-11), sequence (12-15)
 */
public record MerchantRow(String merchantNo, String name, String mcc, String region, String acquirerCode,
        String settlementAccount, String phone, String backupPhone, String email, String address,
        MerchantStatus status) {
}
