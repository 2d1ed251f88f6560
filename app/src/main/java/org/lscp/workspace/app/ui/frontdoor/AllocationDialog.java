package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.domain.frontdoor.model.Allocation;
import org.lscp.workspace.domain.frontdoor.model.Contact;

/** The MASH records the team and social worker a referred child's case is allocated to. */
final class AllocationDialog extends EditDialog<Allocation, Contact> {
    final TextField team = new TextField("Allocated team");
    final TextField worker = new TextField("Allocated worker");

    AllocationDialog(@Nullable Allocation current, Function<Allocation, Contact> saver) {
        super("Allocate the case", saver);
        team.setMaxLength(Allocation.NAME_MAX);
        worker.setMaxLength(Allocation.NAME_MAX);
        team.setWidthFull();
        worker.setWidthFull();
        if (current != null) {
            team.setValue(current.team());
            worker.setValue(current.worker());
        }
        add(team, worker);
    }

    @Override
    protected Allocation command() {
        return new Allocation(team.getValue(), worker.getValue());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("team", team, "worker", worker);
    }
}
