package io.bpohub.platform.services;

/** A department (no parent) or a team (parent = its department). */
public record NewOrgUnit(OrgUnitKind kind, String name, Long parentId) {
}
