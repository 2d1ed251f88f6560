package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: Lumo plus the workspace's own stylesheet (served from the top-level frontend folder). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
public class AppShell implements AppShellConfigurator {
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "Safeguarding Partnership Workspace");
    }
}
