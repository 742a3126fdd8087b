package io.posestate.lifecycle.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import io.posestate.lifecycle.Lifecycle;
import io.posestate.lifecycle.LifecycleException;
import io.posestate.lifecycle.Role;

/** Roles of people (table actor_role) and the checks every change goes through. */
final class Roles {
    private Roles() {
    }

    static Optional<Role> role(Connection c, String actor) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT role FROM actor_role WHERE actor = ?"), actor);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(Role.valueOf(rs.getString(1))) : Optional.empty();
        }
    }

    /** Grants (or changes) a role; see {@link io.posestate.lifecycle.Lifecycle#grantRole}. */
    static void grant(Connection c, String granter, String actor, Role role) throws SQLException {
        if (Lifecycle.SYSTEM.equals(actor) || actor.isBlank()) {
            throw new LifecycleException("\"" + actor + "\" cannot be granted a role");
        }
        boolean first;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM actor_role");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            first = rs.getLong(1) == 0;
        }
        if (first) {
            if (role != Role.SUPERVISOR) {
                throw new LifecycleException("The first role granted in a store must be SUPERVISOR (it sets up the"
                        + " others), not " + role);
            }
        } else if (role(c, granter).orElse(null) != Role.SUPERVISOR) {
            throw new LifecycleException(granter + " cannot grant roles: only a supervisor can");
        }
        Sql.update(c, "DELETE FROM actor_role WHERE actor = ?", actor);
        Sql.update(c, "INSERT INTO actor_role (actor, role, granted_by, granted_at) VALUES (?, ?, ?, ?)", actor,
                role.name(), granter, Sql.now());
        AuditTrail.append(c, granter, "ROLE_GRANT " + role, "actor:" + actor, null, null);
    }

    /** @throws LifecycleException unless the person may change things (analyst or supervisor) */
    static void requireActor(Connection c, String actor) throws SQLException {
        Role role = role(c, actor).orElseThrow(() -> new LifecycleException(actor
                + " has no role in this store: a supervisor grants one (analyst, supervisor or auditor)"));
        if (!role.mayAct()) {
            throw new LifecycleException(actor + " is an auditor: auditors read, they change nothing");
        }
    }

    /**
     * @param requesters the people whose request is being approved (actor, case opener): never the approver
     * @throws LifecycleException unless the approver is a supervisor other than every requester
     */
    static void requireApprover(Connection c, String approver, String what, String... requesters)
            throws SQLException {
        for (String requester : requesters) {
            if (approver.equals(requester)) {
                throw new LifecycleException(what + ": " + approver
                        + " cannot approve their own request; a second person must approve it");
            }
        }
        Role role = role(c, approver).orElse(null);
        if (role == null || !role.mayApprove()) {
            throw new LifecycleException(what + ": " + approver + " is " + (role == null ? "not known here"
                    : "an " + role.name().toLowerCase(java.util.Locale.ROOT)) + "; only a supervisor approves");
        }
    }
}
