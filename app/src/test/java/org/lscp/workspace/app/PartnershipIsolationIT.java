package org.lscp.workspace.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.config.DemoData;
import org.lscp.workspace.domain.audit.model.AuditFilter;
import org.lscp.workspace.domain.audit.port.in.BrowseAuditTrailQuery;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.partnership.model.SignInResult;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;

/** Through the wired use cases on MariaDB: a member never sees or changes another partnership's data. */
@WorkspaceTest
class PartnershipIsolationIT {
    @Autowired SignInUseCase signIn;
    @Autowired ManageAgenciesUseCase agencies;
    @Autowired ManageMembersUseCase members;
    @Autowired BrowseAuditTrailQuery audit;

    private Actor actor(String email) {
        var in = (SignInResult.SignedIn) signIn.signIn(email, DemoData.PASSWORD);
        return signIn.actorFor(in.memberId()).orElseThrow();
    }

    @Test
    void anAdminOfWalthamForestCannotSeeOrChangeEnfield() {
        Actor enfield = actor("admin@enfield.example");
        Actor walthamForest = actor("admin@walthamforest.example");
        var enfieldAgency = agencies.list(enfield, AgencyFilter.NONE, PageRequest.first(1)).getFirst();
        var enfieldMember = members.list(enfield, MemberFilter.NONE, PageRequest.first(1)).getFirst();

        assertThatThrownBy(() -> agencies.get(walthamForest, enfieldAgency.requireId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> agencies.update(walthamForest, enfieldAgency.requireId(), enfieldAgency.version(),
                new SaveAgencyCommand("Taken over", AgencyKind.OTHER, false))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.deactivate(walthamForest, enfieldMember.requireId(), enfieldMember.version()))
                .isInstanceOf(NotFoundException.class);
        assertThat(agencies.list(walthamForest, new AgencyFilter("Enfield", null), PageRequest.first(50))).isEmpty();
        assertThat(members.list(walthamForest, new MemberFilter("enfield.example", null, null, null),
                PageRequest.first(50))).isEmpty();
        assertThat(audit.list(walthamForest, AuditFilter.NONE, PageRequest.first(500)))
                .allSatisfy(e -> assertThat(e.partnershipId()).isEqualTo(walthamForest.partnershipId()));
        assertThat(agencies.get(enfield, enfieldAgency.requireId()).name()).isEqualTo(enfieldAgency.name());
    }

    @Test
    void aPractitionerCannotAdministerEvenTheirOwnPartnership() {
        Actor police = actor("police@enfield.example");

        assertThatThrownBy(() -> agencies.create(police, new SaveAgencyCommand("Rogue", AgencyKind.OTHER, false)))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> members.list(police, MemberFilter.NONE, PageRequest.first(10)))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> audit.count(police, AuditFilter.NONE)).isInstanceOf(NotAuthorisedException.class);
        assertThat(agencies.count(actor("admin@enfield.example"), new AgencyFilter("Rogue", null))).isZero();
    }
}
