package org.lscp.workspace.domain.escalation.model;

public enum EscalationAction { RESPOND, ESCALATE, RESOLVE, WITHDRAW }
