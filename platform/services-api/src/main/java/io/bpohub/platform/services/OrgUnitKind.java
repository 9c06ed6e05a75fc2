package io.bpohub.platform.services;

public enum OrgUnitKind { DEPARTMENT, TEAM }
