package org.lscp.workspace.domain.plan.model;

/** The judgement an inspection gave one area, e.g. "Overall effectiveness: Good". */
public record AreaJudgement(String area, Judgement judgement) {
}
