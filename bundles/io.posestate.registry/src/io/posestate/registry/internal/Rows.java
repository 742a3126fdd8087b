package io.posestate.registry.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.posestate.model.Acquirer;
import io.posestate.model.Capability;
import io.posestate.model.ConnectionType;
import io.posestate.model.EstateFactory;
import io.posestate.model.Merchant;
import io.posestate.model.MerchantStatus;
import io.posestate.model.Phone;
import io.posestate.model.PhoneSource;
import io.posestate.model.PhoneStatus;
import io.posestate.model.Terminal;
import io.posestate.model.TerminalModel;
import io.posestate.model.TerminalState;

/** The SELECT lists and joins of merchants and terminals, and their mapping to detached EMF objects. */
final class Rows {
    private static final EstateFactory FACTORY = EstateFactory.eINSTANCE;

    static final String MERCHANT_COLUMNS = "m.merchant_no, m.name, m.mcc, m.region, m.acquirer_code,"
            + " m.settlement_account, m.phone, m.backup_phone, m.email, m.address, m.status,"
            + " p1.status AS phone_status, p1.source AS phone_source, p1.since AS phone_since,"
            + " p2.status AS backup_status, p2.source AS backup_source, p2.since AS backup_since,"
            + " a.acquirer_code AS acq_code, a.name AS acq_name, a.license_no AS acq_license, a.licensed AS acq_licensed";
    static final String MERCHANT_JOINS = " LEFT JOIN phone p1 ON p1.phone_number = m.phone"
            + " LEFT JOIN phone p2 ON p2.phone_number = m.backup_phone"
            + " LEFT JOIN acquirer a ON a.acquirer_code = m.acquirer_code";
    static final String MERCHANT_SELECT = "SELECT " + MERCHANT_COLUMNS + " FROM merchant m" + MERCHANT_JOINS;

    static final String TERMINAL_COLUMNS = "t.serial_number, t.vendor, t.model, t.connection_type, t.firmware,"
            + " t.state, t.merchant_no AS terminal_merchant_no, t.deployed_region, t.activated_at, t.bound_phone,"
            + " bp.status AS bound_status, bp.source AS bound_source, bp.since AS bound_since,"
            + " tm.capabilities, tm.description, " + MERCHANT_COLUMNS;
    /** Joins after a {@code terminal t} (table or derived table). */
    static final String TERMINAL_JOINS = " LEFT JOIN terminal_model tm ON tm.vendor = t.vendor AND tm.model = t.model"
            + " LEFT JOIN phone bp ON bp.phone_number = t.bound_phone"
            + " LEFT JOIN merchant m ON m.merchant_no = t.merchant_no" + MERCHANT_JOINS;

    private Rows() {
    }

    static Merchant merchant(ResultSet rs) throws SQLException {
        Merchant m = FACTORY.createMerchant();
        m.setMerchantNo(rs.getString("merchant_no"));
        m.setName(rs.getString("name"));
        m.setMcc(rs.getString("mcc"));
        m.setRegion(rs.getString("region"));
        m.setAcquirerCode(rs.getString("acquirer_code"));
        m.setSettlementAccount(rs.getString("settlement_account"));
        m.setEmail(rs.getString("email"));
        m.setAddress(rs.getString("address"));
        m.setStatus(MerchantStatus.valueOf(rs.getString("status")));
        m.setPhone(phone(rs.getString("phone"), rs, "phone_"));
        m.setBackupPhone(phone(rs.getString("backup_phone"), rs, "backup_"));
        if (rs.getString("acq_code") != null) {
            Acquirer a = FACTORY.createAcquirer();
            a.setCode(rs.getString("acq_code"));
            a.setName(rs.getString("acq_name"));
            a.setLicenseNo(rs.getString("acq_license"));
            a.setLicensed(rs.getBoolean("acq_licensed"));
            m.setAcquirer(a);
        }
        return m;
    }

    static Terminal terminal(ResultSet rs) throws SQLException {
        Terminal t = FACTORY.createTerminal();
        t.setSerialNumber(rs.getString("serial_number"));
        t.setVendor(rs.getString("vendor"));
        t.setModelName(rs.getString("model"));
        t.setConnection(ConnectionType.valueOf(rs.getString("connection_type")));
        t.setFirmware(rs.getString("firmware"));
        t.setState(TerminalState.valueOf(rs.getString("state")));
        t.setMerchantNo(rs.getString("terminal_merchant_no"));
        t.setDeployedRegion(rs.getString("deployed_region"));
        t.setActivatedAt(rs.getObject("activated_at", LocalDate.class));
        TerminalModel model = FACTORY.createTerminalModel();
        model.setVendor(t.getVendor());
        model.setModel(t.getModelName());
        model.setDescription(rs.getString("description"));
        String capabilities = rs.getString("capabilities");
        if (capabilities != null && !capabilities.isBlank()) {
            for (String c : capabilities.split(",")) {
                model.getCapabilities().add(Capability.valueOf(c.strip()));
            }
        }
        t.setTerminalModel(model);
        if (rs.getString("merchant_no") != null) {
            t.setMerchant(merchant(rs));
        }
        String bound = rs.getString("bound_phone");
        Merchant m = t.getMerchant();
        if (bound != null && m != null && m.getPhone() != null && bound.equals(m.getPhone().getNumber())) {
            t.setBoundPhone(m.getPhone());
        } else {
            t.setBoundPhone(phone(bound, rs, "bound_"));
        }
        return t;
    }

    /** A phone with the status columns {@code <prefix>status/source/since}; UNKNOWN when no status is known. */
    private static Phone phone(String number, ResultSet rs, String prefix) throws SQLException {
        if (number == null) {
            return null;
        }
        Phone p = FACTORY.createPhone();
        p.setNumber(number);
        String status = rs.getString(prefix + "status");
        p.setStatus(status == null ? PhoneStatus.UNKNOWN : PhoneStatus.valueOf(status));
        String source = rs.getString(prefix + "source");
        p.setSource(source == null ? null : PhoneSource.valueOf(source));
        p.setSince(rs.getObject(prefix + "since", LocalDate.class));
        return p;
    }

    /** Sets a nullable text parameter: a string or an enumeration's name. */
    static void set(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }

    static void setTime(PreparedStatement ps, int index, OffsetDateTime time) throws SQLException {
        ps.setObject(index, time);
    }
}
