package org.lscp.workspace.domain.escalation.model;

/** What a member may do on an escalation now; CHANGE_DECISION: resolve it by revising the disputed decision. */
public enum EscalationAction { RESPOND, ESCALATE, RESOLVE, CHANGE_DECISION, WITHDRAW }
