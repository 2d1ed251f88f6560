package org.lscp.workspace.app.live;

import org.lscp.workspace.domain.live.port.out.ChangePublisher;
import org.lscp.workspace.domain.live.port.out.ChangeSubscriptions;

/** A change adapter: publishes the domain's changes and delivers them to this instance's open views. */
public interface ChangeBus extends ChangePublisher, ChangeSubscriptions {
}
