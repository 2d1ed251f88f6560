/**
 * After the front door (issue 18): the strategy discussion a decision at STRATEGY_DISCUSSION or IMMEDIATE_PROTECTION
 * calls for, the section 47 enquiry it may start and the initial child protection conference that must follow within
 * 15 working days. This package holds the records and the rules, as pure functions of them and the time; the use
 * cases, the adapters and the views follow.
 */
package org.lscp.workspace.domain.protection.model;
