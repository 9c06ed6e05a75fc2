package io.bpohub.core.access;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DataScope;
import io.bpohub.platform.services.Role;
import org.junit.Test;

public class DataScopesTest {
    record Person(String username, Role role, DataScope dataScope, Long departmentId, Long teamId) implements Caller {
        public String tenantSlug() { return "acme"; }
        public boolean isPermitted(String permission) { return true; }
        public String origin() { return "test"; }
    }

    private static final Person AGENT = new Person("a1", Role.AGENT, DataScope.OWN, 1L, 10L);
    private static final Person LEAD = new Person("lead", Role.TEAM_LEAD, DataScope.TEAM, 1L, 10L);
    private static final Person HEAD = new Person("head", Role.SUPERVISOR, DataScope.DEPARTMENT, 1L, null);
    private static final Person ADMIN = new Person("admin", Role.TENANT_ADMIN, DataScope.TENANT, null, null);

    @Test
    public void eachLevelSeesItsPartOfTheTree() {
        assertTrue(DataScopes.sees(AGENT, 1L, 10L, "a1"));
        assertFalse("same team, someone else's", DataScopes.sees(AGENT, 1L, 10L, "a2"));
        assertTrue(DataScopes.sees(LEAD, 1L, 10L, "a2"));
        assertFalse(DataScopes.sees(LEAD, 1L, 11L, "b1"));
        assertTrue(DataScopes.sees(HEAD, 1L, 11L, "b1"));
        assertFalse(DataScopes.sees(HEAD, 2L, 20L, "s1"));
        assertTrue(DataScopes.sees(ADMIN, 2L, 20L, "s1"));
        assertTrue("an assignee sees what names them, wherever it sits", DataScopes.sees(AGENT, 2L, 20L, "s1", "a1"));
    }

    @Test
    public void filterMatchesTheSameRule() {
        assertEquals("(o.placedBy = :scopeMe)", DataScopes.filter(AGENT, "o", "placedBy").condition());
        assertEquals("(c.recordedBy = :scopeMe or c.assignee = :scopeMe or c.teamId = :scopeUnit)",
                DataScopes.filter(LEAD, "c", "recordedBy", "assignee").condition());
        assertEquals(10L, DataScopes.filter(LEAD, "c", "recordedBy").parameters().get("scopeUnit"));
        assertEquals(1L, DataScopes.filter(HEAD, "c", "recordedBy").parameters().get("scopeUnit"));
        assertEquals("1 = 1", DataScopes.filter(ADMIN, "o", "placedBy").condition());
    }

    @Test
    public void newRecordsSitUnderTheirMakersTeam() {
        assertEquals(new DataScopes.Position(1L, 10L), DataScopes.position(AGENT, 1L, 11L));
        assertEquals("a department head's record keeps the contact's team in their department",
                new DataScopes.Position(1L, 11L), DataScopes.position(HEAD, 1L, 11L));
        assertEquals(new DataScopes.Position(1L, null), DataScopes.position(HEAD, 2L, 20L));
        assertEquals(new DataScopes.Position(2L, 20L), DataScopes.position(ADMIN, 2L, 20L));
    }
}
