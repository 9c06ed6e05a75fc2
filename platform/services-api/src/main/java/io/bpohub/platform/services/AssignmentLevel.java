package io.bpohub.platform.services;

/** The level contacts are handed to: the tenant admin to departments, a department head to teams, a team lead to agents. */
public enum AssignmentLevel {
    DEPARTMENT, TEAM, AGENT
}
