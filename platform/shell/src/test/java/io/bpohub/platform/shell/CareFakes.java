package io.bpohub.platform.shell;

import io.bpohub.platform.services.BulletinService;
import io.bpohub.platform.services.BulletinView;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ComplaintService;
import io.bpohub.platform.services.ComplaintSeverity;
import io.bpohub.platform.services.ComplaintStatus;
import io.bpohub.platform.services.ComplaintView;
import io.bpohub.platform.services.MaterialRequestService;
import io.bpohub.platform.services.MaterialRequestView;
import io.bpohub.platform.services.MaterialState;
import io.bpohub.platform.services.NewBulletin;
import io.bpohub.platform.services.NewComplaint;
import io.bpohub.platform.services.NewMaterialRequest;
import io.bpohub.platform.services.NewOrder;
import io.bpohub.platform.services.NewScript;
import io.bpohub.platform.services.OrderService;
import io.bpohub.platform.services.OrderStatus;
import io.bpohub.platform.services.OrderView;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.ReadReceipt;
import io.bpohub.platform.services.ScriptCall;
import io.bpohub.platform.services.ScriptContent;
import io.bpohub.platform.services.ScriptResults;
import io.bpohub.platform.services.ScriptService;
import io.bpohub.platform.services.ScriptState;
import io.bpohub.platform.services.ScriptVersionView;
import io.bpohub.platform.services.ScriptView;
import io.bpohub.platform.services.TrialPlan;
import io.bpohub.platform.services.VersionResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Stand-ins for the script, order, complaint, material-request and bulletin services: they record calls and answer what the test set. */
final class CareFakes {
    private CareFakes() {
    }

    static class Scripts extends Fakes.Recorder implements ScriptService {
        List<ScriptView> scripts = new ArrayList<>();
        ScriptResults results;
        TrialPlan plan;

        public ScriptView create(Caller c, String t, NewScript s) { throw new UnsupportedOperationException(); }
        public List<ScriptView> scripts(Caller c, String t) {
            call("scripts", c, t);
            return scripts;
        }
        public ScriptVersionView saveDraft(Caller c, String t, String k, ScriptContent content) { throw new UnsupportedOperationException(); }
        public List<ScriptVersionView> versions(Caller c, String t, String k) { throw new UnsupportedOperationException(); }
        public ScriptVersionView version(Caller c, String t, String k, int v) { throw new UnsupportedOperationException(); }
        public ScriptVersionView live(Caller c, String t, String k) { throw new UnsupportedOperationException(); }
        public ScriptVersionView startTrial(Caller c, String t, String k, int v, TrialPlan p) {
            call("startTrial", c, t, k, v, p.testers(), p.targetCalls());
            plan = p;
            return version(k, v, ScriptState.TRIAL, p.testers(), p.targetCalls(), null,
                    p.testers().size() < 8 ? List.of(p.testers().size() + " testers is fewer than the recommended 8") : List.of());
        }
        public VersionResult recordCall(Caller c, String t, String k, int v, ScriptCall call) { throw new UnsupportedOperationException(); }
        public ScriptResults results(Caller c, String t, String k) {
            call("results", c, t, k);
            return results;
        }
        public ScriptVersionView rollOut(Caller c, String t, String k, int v, boolean force, String reason) {
            call("rollOut", c, t, k, v, force, reason);
            return version(k, v, ScriptState.LIVE, List.of(), null, force ? reason : null, List.of());
        }
        public ScriptVersionView retire(Caller c, String t, String k, int v) { throw new UnsupportedOperationException(); }

        static ScriptVersionView version(String key, int v, ScriptState state, List<String> testers, Integer target, String forced,
                                         List<String> warnings) {
            return new ScriptVersionView(key, v, state, null, testers, target, Fakes.T0, "ops", null, null, null, forced, warnings);
        }
    }

    static class Orders extends Fakes.Recorder implements OrderService {
        List<OrderView> orders = new ArrayList<>();

        public OrderView place(Caller c, String t, NewOrder o) { throw new UnsupportedOperationException(); }
        public Page<OrderView> orders(Caller c, String t, OrderStatus s, int page, int size) {
            call("orders", c, t, s, page, size);
            return new Page<>(orders, page, size, orders.size());
        }
        public OrderView order(Caller c, String t, long id) { throw new UnsupportedOperationException(); }
        public OrderView changeStatus(Caller c, String t, long id, OrderStatus to, String note) {
            call("changeStatus", c, t, id, to, note);
            return order(id, to);
        }

        static OrderView order(long id, OrderStatus status) {
            return new OrderView(id, 7, "spring", status, List.of(), new BigDecimal("71.0811"), "CNY", "ana", 1L, 2L, Fakes.T0, Fakes.T0, List.of());
        }
    }

    static class Complaints extends Fakes.Recorder implements ComplaintService {
        List<ComplaintView> complaints = new ArrayList<>();

        public ComplaintView record(Caller c, String t, NewComplaint n) { throw new UnsupportedOperationException(); }
        public Page<ComplaintView> complaints(Caller c, String t, ComplaintStatus s, int page, int size) {
            call("complaints", c, t, s, page, size);
            return new Page<>(complaints, page, size, complaints.size());
        }
        public ComplaintView complaint(Caller c, String t, long id) { throw new UnsupportedOperationException(); }
        public ComplaintView assign(Caller c, String t, long id, String assignee) {
            call("assign", c, t, id, assignee);
            return complaint(id, ComplaintStatus.OPEN, assignee, false);
        }
        public ComplaintView changeStatus(Caller c, String t, long id, ComplaintStatus to, String note, String resolution) {
            call("changeStatus", c, t, id, to, note, resolution);
            return complaint(id, to, null, false);
        }
        public ComplaintView addNote(Caller c, String t, long id, String text) { throw new UnsupportedOperationException(); }

        static ComplaintView complaint(long id, ComplaintStatus status, String assignee, boolean overdue) {
            return new ComplaintView(id, 7, null, "billing", "charged twice", ComplaintSeverity.HIGH, status, assignee, "ana", 1L, 2L,
                    Fakes.T0, Fakes.T0.plusSeconds(172_800), overdue, null, null, null, List.of());
        }
    }

    static class MaterialRequests extends Fakes.Recorder implements MaterialRequestService {
        List<MaterialRequestView> requests = new ArrayList<>();

        public MaterialRequestView request(Caller c, String t, NewMaterialRequest r) { throw new UnsupportedOperationException(); }
        public Page<MaterialRequestView> requests(Caller c, String t, MaterialState s, int page, int size) {
            call("requests", c, t, s, page, size);
            return new Page<>(requests, page, size, requests.size());
        }
        public MaterialRequestView get(Caller c, String t, long id) { throw new UnsupportedOperationException(); }
    }

    static class Bulletins extends Fakes.Recorder implements BulletinService {
        NewBulletin posted;

        public BulletinView post(Caller c, String t, NewBulletin b) {
            call("post", c, t, b.unitId(), b.title());
            posted = b;
            return new BulletinView(11, b.unitId(), b.title(), b.body(), c.username(), Fakes.T0, b.expiresAt(), false, 0);
        }
        public Page<BulletinView> bulletins(Caller c, String t, int page, int size) { throw new UnsupportedOperationException(); }
        public BulletinView markRead(Caller c, String t, long id) { throw new UnsupportedOperationException(); }
        public List<ReadReceipt> receipts(Caller c, String t, long id) { throw new UnsupportedOperationException(); }
    }
}
