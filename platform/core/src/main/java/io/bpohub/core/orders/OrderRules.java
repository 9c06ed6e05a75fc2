package io.bpohub.core.orders;

import io.bpohub.platform.services.OrderItem;
import io.bpohub.platform.services.OrderStatus;
import io.bpohub.platform.services.PlatformException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Order status moves and exact line arithmetic. Quantities carry at most 3 decimals and unit prices 4,
 * so every line amount (at most 7 decimals) and the total are exact in the DECIMAL(24,8) columns: no
 * rounding happens anywhere.
 */
public final class OrderRules {
    public static final int MAX_ITEMS = 100;
    static final int QUANTITY_SCALE = 3;
    static final int PRICE_SCALE = 4;
    /** Below 10^15 the amounts fit DECIMAL(24,8) with room for sums of 100 lines. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
            OrderStatus.PLACED, EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.CANCELLED),
            OrderStatus.CONFIRMED, EnumSet.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED),
            OrderStatus.SHIPPED, EnumSet.of(OrderStatus.DELIVERED, OrderStatus.RETURNED),
            OrderStatus.DELIVERED, EnumSet.of(OrderStatus.RETURNED),
            OrderStatus.CANCELLED, EnumSet.noneOf(OrderStatus.class),
            OrderStatus.RETURNED, EnumSet.noneOf(OrderStatus.class));

    private OrderRules() {
    }

    public static boolean allowed(OrderStatus from, OrderStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static void check(long id, OrderStatus from, OrderStatus to) {
        if (to == null) throw PlatformException.invalid("status", "status is required: one of " + List.of(OrderStatus.values()));
        if (!allowed(from, to)) {
            throw PlatformException.conflict("status", "order " + id + " is " + from + " and cannot become " + to
                    + (NEXT.get(from).isEmpty() ? "; it is final" : "; from " + from + " it can become " + NEXT.get(from)));
        }
    }

    /** Validates the lines and returns them with their exact amounts. */
    public static List<OrderItem> priced(List<OrderItem> items) {
        if (items == null || items.isEmpty()) throw PlatformException.invalid("items", "an order needs at least one item");
        if (items.size() > MAX_ITEMS) throw PlatformException.invalid("items", "an order has at most " + MAX_ITEMS + " items");
        List<OrderItem> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            OrderItem it = items.get(i);
            String at = "items[" + i + "].";
            if (it == null || it.product() == null || it.product().isBlank() || it.product().length() > 200) {
                throw PlatformException.invalid(at + "product", "product must be 1 to 200 characters");
            }
            BigDecimal q = it.quantity();
            if (q == null || q.signum() <= 0 || q.stripTrailingZeros().scale() > QUANTITY_SCALE || q.compareTo(LIMIT) >= 0) {
                throw PlatformException.invalid(at + "quantity", "quantity must be above 0, below " + LIMIT.toPlainString()
                        + ", with at most " + QUANTITY_SCALE + " decimals");
            }
            BigDecimal p = it.unitPrice();
            if (p == null || p.signum() < 0 || p.stripTrailingZeros().scale() > PRICE_SCALE || p.compareTo(LIMIT) >= 0) {
                throw PlatformException.invalid(at + "unitPrice", "unitPrice must be 0 or more, below " + LIMIT.toPlainString()
                        + ", with at most " + PRICE_SCALE + " decimals");
            }
            out.add(new OrderItem(it.product().trim(), q, p, q.multiply(p)));
        }
        return out;
    }

    public static BigDecimal total(List<OrderItem> priced) {
        return priced.stream().map(OrderItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
