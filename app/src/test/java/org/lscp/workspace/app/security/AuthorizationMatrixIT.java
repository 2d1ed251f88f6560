package org.lscp.workspace.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WithMemberSecurityContextFactory;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may open which page: one table, every view of the workspace against a demo member of each role, tried through
 * the real security (Vaadin's view access control with the member's authorities, then the use cases the view calls,
 * with real records of Enfield's demo data). "open" means the page shows; "denied" means "You do not have access to
 * this page"; "hidden" means the record is answered as not found (a board chair asking for a contact: nothing tells
 * them it exists). A view without a row, or a row without a view, fails the build.
 */
@WorkspaceTest
class AuthorizationMatrixIT extends SpringBrowserlessTest {
    /** The columns: one demo member per role (police.manager is a line manager, head.of.service a senior manager). */
    private static final List<String> MEMBERS = List.of("admin", "chair", "mash.manager", "mash", "lead", "police",
            "police.manager", "head.of.service");

    /** route | admin | chair | mash.manager | mash | lead | police | police.manager | head.of.service ("-": sign-in pages). */
    private static final String MATRIX = """
            ""                           | open   | open   | open   | open   | open   | open   | open   | open
            account                      | open   | open   | open   | open   | open   | open   | open   | open
            admin/access-log             | open   | denied | denied | denied | denied | denied | denied | denied
            admin/agencies               | open   | denied | denied | denied | denied | denied | denied | denied
            admin/annex-a                | open   | denied | open   | denied | denied | denied | denied | denied
            admin/audit                  | open   | denied | denied | denied | denied | denied | denied | denied
            admin/bank-holidays          | open   | denied | denied | denied | denied | denied | denied | denied
            admin/data-return-measures   | open   | denied | denied | denied | denied | denied | denied | denied
            admin/import-contacts        | open   | denied | denied | denied | denied | denied | denied | denied
            admin/members                | open   | denied | denied | denied | denied | denied | denied | denied
            admin/settings               | open   | denied | denied | denied | denied | denied | denied | denied
            admin/single-sign-on         | open   | denied | denied | denied | denied | denied | denied | denied
            audits                       | open   | open   | open   | open   | open   | open   | open   | open
            audits/audit/{audit}         | open   | open   | open   | denied | open   | open   | open   | open
            audits/cases/{auditCase}     | open   | denied | open   | denied | denied | open   | denied | open
            board                        | open   | open   | open   | denied | open   | denied | open   | open
            board/decisions              | open   | open   | open   | denied | open   | denied | open   | open
            board/discussions            | open   | open   | open   | denied | open   | denied | open   | open
            checks                       | denied | denied | open   | open   | denied | open   | open   | denied
            children/{child}             | denied | denied | open   | open   | denied | open   | open   | denied
            contact/{contact}            | denied | hidden | open   | open   | denied | open   | open   | denied
            contacts                     | denied | denied | open   | open   | denied | open   | open   | denied
            contacts/new                 | denied | denied | open   | open   | denied | open   | open   | denied
            escalation/{escalation}      | open   | open   | open   | open   | denied | open   | open   | open
            escalations                  | open   | open   | open   | open   | denied | open   | open   | open
            escalations/raise/{contact}  | denied | denied | open   | open   | denied | open   | open   | hidden
            flags                        | denied | denied | open   | open   | denied | denied | denied | denied
            inbox                        | open   | open   | open   | open   | open   | open   | open   | open
            login                        | -      | -      | -      | -      | -      | -      | -      | -
            password                     | open   | open   | open   | open   | open   | open   | open   | open
            oversight                    | denied | denied | open   | denied | denied | denied | denied | denied
            plan                         | open   | open   | open   | open   | open   | open   | open   | open
            plan/import                  | open   | denied | denied | denied | denied | denied | denied | denied
            plan/my-actions              | denied | denied | denied | denied | open   | denied | denied | denied
            plan/recommendations/{recommendation} | open | open | open | open | open | open | open   | open
            section11                    | open   | open   | open   | open   | open   | open   | open   | open
            returns                      | open   | denied | open   | denied | open   | denied | open   | open
            second-factor                | -      | -      | -      | -      | -      | -      | -      | -
            second-factor/recovery-codes | -      | -      | -      | -      | -      | -      | -      | -
            """;

    @Autowired AuthenticationProvider members;
    @Autowired SignInUseCase signIn;
    @Autowired JdbcTemplate sql;

    private static Map<String, List<String>> rows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : MATRIX.strip().split("\n")) {
            List<String> cells = Arrays.stream(line.split("\\|")).map(String::strip).toList();
            assertThat(cells).as(line).hasSize(MEMBERS.size() + 1);
            rows.put(cells.getFirst().replace("\"", ""), cells.subList(1, cells.size()));
        }
        return rows;
    }

    /**
     * The page's heading. One browserless UI serves every member in turn, so a page of the previous member may still
     * take a live change and ask the browser to reload (which a browserless UI cannot): then the path is opened again.
     */
    private String open(String path) {
        for (int attempt = 0; ; attempt++) {
            try {
                // away first: navigating to the page already shown would keep the previous member's page
                UI.getCurrent().navigate(path.equals("inbox") ? "plan" : "inbox");
                UI.getCurrent().navigate(path);
                return $(H1.class).exists() ? $(H1.class).first().getText() : "";
            } catch (Exception e) {
                if (attempt == 2) return "error " + e;
            }
        }
    }

    @Test
    void everyViewHasARowAndEveryRowAView() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        for (BeanDefinition view : scanner.findCandidateComponents("org.lscp.workspace.app.ui")) {
            try {
                routes.add(Class.forName(view.getBeanClassName()).getAnnotation(Route.class).value());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        Set<String> rows = rows().keySet().stream().map(r -> r.replaceAll("/\\{\\w+}$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rows).as("the matrix has one row per view").isEqualTo(routes);
    }

    @Test
    @WithMember("admin@enfield.example")
    void eachMemberOpensWhatTheMatrixSaysAndIsRefusedTheRest() {
        long enfield = sql.queryForObject("select id from partnership where name like 'Enfield%'", Long.class);
        long police = sql.queryForObject("select id from agency where partnership_id = ? and name like 'Metropolitan%'",
                Long.class, enfield);
        long audit = sql.queryForObject("select min(id) from audit_programme where partnership_id = ? and theme ="
                + " 'THRESHOLDS'", Long.class, enfield);
        Map<String, Object> samples = Map.of(
                "audit", audit,
                "auditCase", sql.queryForObject("select min(id) from audit_case where programme_id = ?", Long.class,
                        audit),
                "contact", sql.queryForObject("select min(id) from contact where partnership_id = ? "
                        + "and source_agency_id = ?", Long.class, enfield, police),
                "child", sql.queryForObject("select child_case_id from contact where partnership_id = ? "
                        + "and source_agency_id = ? and child_case_id is not null order by id limit 1", String.class,
                        enfield, police),
                "escalation", sql.queryForObject("select min(e.id) from escalation e join agency a on "
                        + "a.id = e.responding_agency_id where e.partnership_id = ? and e.raising_agency_id = ? "
                        + "and a.name like '%Social Care%'", Long.class, enfield, police),
                "recommendation", sql.queryForObject("select min(id) from recommendation where partnership_id = ?",
                        Long.class, enfield));
        List<String> wrong = new ArrayList<>();
        rows().forEach((route, expected) -> {
            String path = route;
            for (var sample : samples.entrySet()) path = path.replace("{" + sample.getKey() + "}", "" + sample.getValue());
            for (int i = 0; i < MEMBERS.size(); i++) {
                if (expected.get(i).equals("-")) continue;
                String email = MEMBERS.get(i) + "@enfield.example";
                SecurityContextHolder.getContext().setAuthentication(
                        WithMemberSecurityContextFactory.signedIn(members, signIn, email));
                String heading = open(path);
                String actual = heading.equals("You do not have access to this page") ? "denied"
                        : heading.equals("Record not found") ? "hidden"
                        : heading.startsWith("error ") ? "error" : "open";
                if (!actual.equals(expected.get(i))) {
                    wrong.add(path + " for " + MEMBERS.get(i) + ": expected " + expected.get(i) + ", was " + actual
                            + " (\"" + heading + "\")");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }
}
