package org.lscp.workspace.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies of a demo member for benchmarks and the load test, straight into the tables: same partnership, agency,
 * roles, password hash and (encrypted) authenticator secret, under an email and name of their own. An authenticator
 * code signs a member in once, so members signing in at the same moment must not share an account.
 */
public final class BenchMembers {
    private BenchMembers() {
    }

    /** Adds a copy of the member with {@code templateEmail} as {@code email}; returns the copy's id. */
    public static long copy(JdbcTemplate jdbc, String templateEmail, String email, String name) {
        long templateId = jdbc.queryForObject("select id from member where email = ?", Long.class, templateEmail);
        long id = jdbc.queryForObject("select greatest(coalesce(max(id), 0), 900000000) + 1 from member", Long.class);
        jdbc.update("""
                insert into member (id, partnership_id, agency_id, name, email, active, password_hash,
                  must_change_password, version)
                select ?, partnership_id, agency_id, ?, ?, true, password_hash, false, 0 from member where id = ?""",
                id, name, email, templateId);
        jdbc.update("insert into member_role (member_id, role) select ?, role from member_role where member_id = ?",
                id, templateId);
        jdbc.update("""
                insert into member_second_factor (member_id, secret, enrolled_at, last_step)
                select ?, secret, enrolled_at, 0 from member_second_factor where member_id = ?""", id, templateId);
        return id;
    }
}
