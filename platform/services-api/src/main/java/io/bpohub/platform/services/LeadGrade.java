package io.bpohub.platform.services;

/** A: closes within a week, B: within a month, C: interested prospect, D: possible prospect, E: general target. */
public enum LeadGrade {
    A, B, C, D, E
}
