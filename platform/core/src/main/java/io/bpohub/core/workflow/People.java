package io.bpohub.core.workflow;

import io.bpohub.core.db.ControlDb;
import io.bpohub.core.model.OrgUnitRecord;
import io.bpohub.core.model.UserRecord;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** A tenant's tree as the workflow needs it: its units and its people, read once per call from the control database. */
final class People {
    record Unit(long id, OrgUnitKind kind, Long parentId) {
    }

    record Person(String username, Role role, Long unitId, boolean disabled) {
    }

    final Map<Long, Unit> units;
    final Map<String, Person> people;

    private People(Map<Long, Unit> units, Map<String, Person> people) {
        this.units = units;
        this.people = people;
    }

    static People of(ControlDb control, long tenantId) {
        return control.tx(s -> {
            Map<Long, Unit> units = new LinkedHashMap<>();
            s.createQuery("from OrgUnitRecord where ownerTenantId = :t order by id", OrgUnitRecord.class).setParameter("t", tenantId).list()
                    .forEach(u -> units.put(u.id, new Unit(u.id, u.kind, u.parentId)));
            Map<String, Person> people = new LinkedHashMap<>();
            s.createQuery("from UserRecord where tenantId = :t order by username", UserRecord.class).setParameter("t", tenantId).list()
                    .forEach(u -> people.put(u.username, new Person(u.username, u.role, u.unitId, u.disabled)));
            return new People(units, people);
        });
    }

    Unit unit(Long id, OrgUnitKind kind) {
        Unit u = id == null ? null : units.get(id);
        return u != null && u.kind() == kind ? u : null;
    }

    /** The department a team hangs under. */
    Long departmentOf(Long teamId) {
        Unit t = unit(teamId, OrgUnitKind.TEAM);
        return t == null ? null : t.parentId();
    }

    /** Still working in that team: not disabled and not moved elsewhere. */
    boolean activeIn(String username, Long teamId) {
        Person p = username == null ? null : people.get(username);
        return p != null && !p.disabled() && teamId != null && Objects.equals(p.unitId(), teamId);
    }

    /** Active agents of a team, by name. */
    List<String> agentsOf(long teamId) {
        return people.values().stream().filter(p -> p.role() == Role.AGENT && !p.disabled() && Objects.equals(p.unitId(), teamId))
                .map(Person::username).collect(Collectors.toList());
    }
}
