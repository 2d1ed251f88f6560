package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: Lumo plus the workspace's own stylesheet (served from the top-level frontend folder), and
 * server push so open views show other members' changes as they happen.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@Push
public class AppShell implements AppShellConfigurator {
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "Safeguarding Partnership Workspace");
        // without an icon of its own the browser asks for /favicon.ico, which is not there: a 404 on every first load
        settings.addFavIcon("icon", "images/favicon.svg", "any");
    }
}
