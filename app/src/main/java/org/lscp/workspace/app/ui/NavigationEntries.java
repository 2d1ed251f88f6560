package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.Comparator;
import java.util.List;

/**
 * Each feature declares its views once (a Spring bean per feature); the side navigation and the home page show
 * only those the signed-in member may open, judged by the same annotations that guard the views.
 */
public interface NavigationEntries {
    record Entry(int order, String title, VaadinIcon icon, Class<? extends Component> view, String description) {
    }

    List<Entry> entries();

    static List<Entry> allowed(List<NavigationEntries> features, AccessAnnotationChecker access) {
        return features.stream().flatMap(f -> f.entries().stream())
                .filter(e -> access.hasAccess(e.view()))
                .sorted(Comparator.comparingInt(Entry::order))
                .toList();
    }
}
