package org.lscp.workspace.app.ui.partnership;

import org.lscp.workspace.domain.partnership.port.in.SecondFactorUseCase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.app.ui.account.SessionsPanel;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.partnership.port.in.SessionsUseCase;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

/** PARTNERSHIP_ADMIN: members of the partnership, paged and filterable; add, edit, assign roles, (de)activate. */
@Route(value = "admin/members", layout = MainLayout.class)
@PageTitle("Members · Safeguarding Partnership Workspace")
@RolesAllowed("PARTNERSHIP_ADMIN")
class MemberListView extends VerticalLayout {
    enum Status {
        ACTIVE("Active", true), DEACTIVATED("Deactivated", false), ALL("All members", null);
        final String label;
        final Boolean active;

        Status(String label, Boolean active) {
            this.label = label;
            this.active = active;
        }
    }

    private final ManageMembersUseCase members;
    private final CurrentActor current;
    private final List<Agency> agencies;
    private final Map<AgencyId, String> agencyNames;
    /** The admin looking at the list: they change their own password on the change-password page, not here. */
    private final MemberId self;
    final TextField search = new TextField("Name or email contains");
    final ComboBox<Agency> agency = new ComboBox<>("Agency");
    final ComboBox<Role> role = new ComboBox<>("Role");
    final Select<Status> status = new Select<>();
    final Grid<Member> grid = new Grid<>(Member.class, false);
    final Button add = new Button("Add member", VaadinIcon.PLUS.create());
    private final SecondFactorUseCase secondFactors;
    private final SessionsUseCase sessions;

    public MemberListView(ManageMembersUseCase members, ManageAgenciesUseCase agencyUseCase,
                          SecondFactorUseCase secondFactors, SessionsUseCase sessions, CurrentActor current) {
        this.members = members;
        this.secondFactors = secondFactors;
        this.sessions = sessions;
        this.current = current;
        this.self = current.get().memberId();
        this.agencies = agencyUseCase.all(current.get());
        this.agencyNames = agencyUseCase.names(current.get());
        addClassName("view");
        setSizeFull();

        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        agency.setItems(agencies);
        agency.setItemLabelGenerator(Agency::name);
        agency.setClearButtonVisible(true);
        agency.setPlaceholder("All agencies");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setClearButtonVisible(true);
        role.setPlaceholder("All roles");
        status.setLabel("Status");
        status.setItems(Status.values());
        status.setItemLabelGenerator(s -> s.label);
        status.setValue(Status.ACTIVE);
        search.addValueChangeListener(e -> refresh());
        agency.addValueChangeListener(e -> refresh());
        role.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(null));

        HorizontalLayout toolbar = new HorizontalLayout(search, agency, role, status, add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.addClassName("toolbar");

        grid.addColumn(Member::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(Member::email).setHeader("Email").setFlexGrow(2);
        grid.addColumn(m -> agencyNames.getOrDefault(m.agencyId(), "")).setHeader("Agency").setFlexGrow(2);
        grid.addColumn(m -> m.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles").setFlexGrow(2);
        grid.addComponentColumn(m -> {
            Span badge = new Span(m.active() ? "Active" : "Deactivated");
            badge.getElement().getThemeList().add(m.active() ? "badge success" : "badge contrast");
            return badge;
        }).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No members match these filters. Clear the filters, or add a member.");
        grid.setItems(query -> members.list(current.get(), filter(),
                        new PageRequest(query.getOffset(), query.getLimit())).stream(),
                query -> (int) members.count(current.get(), filter()));
        grid.setSizeFull();

        add(new H1("Members"), toolbar, grid);
    }

    private MemberFilter filter() {
        Status s = status.getValue() == null ? Status.ALL : status.getValue();
        return new MemberFilter(search.getValue(), agency.getValue() == null ? null : agency.getValue().requireId(),
                role.getValue(), s.active);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private HorizontalLayout actions(Member m) {
        Button edit = new Button("Edit", e -> open(m));
        edit.setAriaLabel("Edit " + m.name());
        Button toggle = new Button(m.active() ? "Deactivate" : "Reactivate", e -> confirmActive(m));
        toggle.setAriaLabel((m.active() ? "Deactivate " : "Reactivate ") + m.name());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (m.active()) toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, toggle);
        actions.setWrap(true);
        if (m.active() && !m.requireId().equals(self)) {
            Button reset = new Button("Reset password", e -> resetPassword(m));
            reset.setAriaLabel("Reset the password of " + m.name());
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.addComponentAtIndex(1, reset);
        }
        Button resetFactor = new Button("Reset second factor", e -> confirmReset(m));
        resetFactor.setAriaLabel("Reset the second factor of " + m.name());
        resetFactor.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        actions.add(resetFactor);
        if (m.active()) {
            Button open = new Button("Sessions", e -> showSessions(m));
            open.setAriaLabel("Sessions of " + m.name());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(open);
        }
        return actions;
    }

    /** Where the member is signed in; the admin ends one session or all of them (e.g. a lost or shared device). */
    void showSessions(Member m) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Sessions of " + m.name());
        SessionsPanel panel = new SessionsPanel(() -> sessions.of(current.get(), m.requireId()), session -> {
            sessions.end(current.get(), m.requireId(), session.handle());
            Notification.show("That session of " + m.name() + " has been ended.", 4000,
                    Notification.Position.TOP_CENTER);
        }, () -> {
            sessions.endAll(current.get(), m.requireId());
            Notification.show(m.name() + " has been signed out everywhere.", 4000, Notification.Position.TOP_CENTER);
        }, new SessionsPanel.Words("End session", "End session (yours, you will be signed out)",
                "End all their sessions", m.name() + " is not signed in anywhere."));
        dialog.add(panel);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.setWidth("min(40em, 95vw)");
        dialog.open();
    }

    void resetPassword(Member m) {
        ResetPasswordDialog dialog = new ResetPasswordDialog(m,
                password -> members.resetPassword(current.get(), m.requireId(), m.version(), password));
        dialog.onSaved(saved -> {
            Notification.show("The password of " + saved.name() + " was reset. Give them the new one securely.",
                    6000, Notification.Position.TOP_CENTER);
            refresh();
        });
        dialog.open();
    }

    /** For a member who lost their phone and their recovery codes: they set up a new authenticator at next sign-in. */
    void confirmReset(Member m) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Reset the second factor of " + m.name() + "?");
        confirm.add(new Paragraph("Their authenticator app and recovery codes stop working. At their next sign-in, "
                + "after their password, they set up a new authenticator. Do this only once you are sure who asked."));
        Button yes = new Button("Reset second factor", e -> {
            secondFactors.reset(current.get(), m.requireId());
            Notification.show(m.name() + " will set up a new second factor at their next sign-in.");
            confirm.close();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(new Button("Cancel", e -> confirm.close()), yes);
        confirm.open();
    }

    void open(Member member) {
        Function<MemberDialog.Details, Member> saver = details -> member == null
                ? members.create(current.get(), details.member(), details.password())
                : members.update(current.get(), member.requireId(), member.version(), details.member());
        MemberDialog dialog = new MemberDialog(member, agencies, saver);
        dialog.onSaved(saved -> refresh());
        dialog.open();
    }

    void confirmActive(Member m) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle((m.active() ? "Deactivate " : "Reactivate ") + m.name() + "?");
        confirm.add(new Paragraph(m.active()
                ? "They are signed out at once and cannot sign in until an administrator reactivates them. "
                        + "Their records stay as they are."
                : "They can sign in again with their existing password."));
        Button yes = new Button(m.active() ? "Deactivate" : "Reactivate", e -> {
            try {
                if (m.active()) members.deactivate(current.get(), m.requireId(), m.version());
                else members.reactivate(current.get(), m.requireId(), m.version());
                Notification.show(m.name() + (m.active() ? " was deactivated." : " was reactivated."));
            } catch (ValidationException | ConcurrentChangeException ex) {
                Notification.show(ex.getMessage(), 6000, Notification.Position.TOP_CENTER);
            }
            confirm.close();
            refresh();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (m.active()) yes.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(new Button("Cancel", e -> confirm.close()), yes);
        confirm.open();
    }
}
