package io.bpohub.platform.services;

import java.util.List;

/** A department or team with what hangs below it. */
public record OrgUnitView(long id, OrgUnitKind kind, String name, Long parentId, List<OrgUnitView> children,
                          List<String> members) {
}
