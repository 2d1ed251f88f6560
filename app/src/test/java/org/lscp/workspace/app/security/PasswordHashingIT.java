package org.lscp.workspace.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.config.DemoData;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.partnership.model.SignInResult;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Passwords through the real sign-in use case, hasher and MariaDB: long ones work whole; bcrypt moves to Argon2id. */
@WorkspaceTest
class PasswordHashingIT {
    @Autowired SignInUseCase signIn;
    @Autowired ManageMembersUseCase members;
    @Autowired JdbcTemplate sql;

    private String hashOf(String email) {
        return sql.queryForObject("select password_hash from member where email = ?", String.class, email);
    }

    private Actor admin() {
        return DemoActors.actor(signIn, "admin@enfield.example");
    }

    @Test
    void aHundredCharacterPasswordSignsInAndEveryCharacterOfItCounts() {
        String email = "long.password." + System.nanoTime() + "@enfield.example";
        String password = "an unusually long passphrase that keeps going past bcrypt's seventy-two bytes ".repeat(2)
                .substring(0, 100);
        assertThat(password).hasSize(100);
        Actor admin = admin();
        var agency = members.list(admin, new MemberFilter("admin@enfield.example", null, null, null),
                PageRequest.first(1)).getFirst().agencyId();
        members.create(admin, new SaveMemberCommand("Lena Marsh", email, agency, Set.of(Role.PRACTITIONER)), password);

        assertThat(signIn.signIn(email, password)).isInstanceOfSatisfying(SignInResult.SignedIn.class,
                in -> assertThat(in.mustChangePassword()).as("an admin's password is temporary").isTrue());
        String changedAt90 = password.substring(0, 89) + "#" + password.substring(90);
        assertThat(signIn.signIn(email, changedAt90)).isInstanceOf(SignInResult.Rejected.class);
        assertThat(hashOf(email)).startsWith("{argon2id}$argon2id$v=19$m=32768,t=3,p=1$");
    }

    @Test
    void aBcryptHashIsUpgradedToArgon2idAtSignIn() {
        String email = "police.manager@enfield.example";
        sql.update("update member set password_hash = ? where email = ?",
                "{bcrypt}" + new BCryptPasswordEncoder().encode(DemoData.PASSWORD), email);
        assertThat(signIn.signIn(email, "not-the-password")).isInstanceOf(SignInResult.Rejected.class);
        assertThat(hashOf(email)).as("a failed sign-in changes nothing").startsWith("{bcrypt}");

        assertThat(signIn.signIn(email, DemoData.PASSWORD)).isInstanceOfSatisfying(SignInResult.SignedIn.class,
                in -> assertThat(in.mustChangePassword()).as("demo members are not asked to change").isFalse());

        String upgraded = hashOf(email);
        assertThat(upgraded).startsWith("{argon2id}$argon2id$");
        assertThat(signIn.signIn(email, DemoData.PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(hashOf(email)).as("upgraded once").isEqualTo(upgraded);
    }

    @Test
    void demoMembersAreNotFlaggedToChangeTheirPassword() {
        for (String email : new String[] {"admin@enfield.example", "chair@enfield.example", "mash@enfield.example",
                "admin@walthamforest.example", "police@walthamforest.example"}) {
            assertThat(signIn.signIn(email, DemoData.PASSWORD)).as(email).isInstanceOfSatisfying(
                    SignInResult.SignedIn.class, in -> assertThat(in.mustChangePassword()).isFalse());
        }
    }
}
