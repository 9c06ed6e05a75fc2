package io.bpohub.platform.services;

import java.util.List;

/**
 * Department → team → agent trees, one per owner: the agency ({@link #AGENCY}) or a tenant (its slug).
 */
public interface OrgService {
    String AGENCY = "agency";

    List<OrgUnitView> tree(Caller caller, String owner);

    OrgUnitView createUnit(Caller caller, String owner, NewOrgUnit unit);

    UserView createUser(Caller caller, String owner, NewUser user);

    Page<UserView> users(Caller caller, String owner, int page, int size);

    /** Moves a person to another unit of the same owner in one step; the old period is kept. */
    UserView moveUser(Caller caller, String owner, String username, long unitId);

    List<MembershipChange> history(Caller caller, String owner, String username);
}
