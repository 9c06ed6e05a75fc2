package io.bpohub.core.orders;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.platform.services.OrderItem;
import io.bpohub.platform.services.OrderStatus;
import io.bpohub.platform.services.PlatformException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.Test;

public class OrderRulesTest {
    private static OrderItem item(String product, String quantity, String price) {
        return new OrderItem(product, new BigDecimal(quantity), new BigDecimal(price), null);
    }

    @Test
    public void onlyTheForwardMovesAndTheirExitsAreAllowed() {
        assertTrue(OrderRules.allowed(OrderStatus.PLACED, OrderStatus.CONFIRMED));
        assertTrue(OrderRules.allowed(OrderStatus.CONFIRMED, OrderStatus.SHIPPED));
        assertTrue(OrderRules.allowed(OrderStatus.SHIPPED, OrderStatus.DELIVERED));
        assertTrue(OrderRules.allowed(OrderStatus.PLACED, OrderStatus.CANCELLED));
        assertTrue(OrderRules.allowed(OrderStatus.CONFIRMED, OrderStatus.CANCELLED));
        assertTrue(OrderRules.allowed(OrderStatus.DELIVERED, OrderStatus.RETURNED));
        assertFalse("shipped goods come back as a return, not a cancellation", OrderRules.allowed(OrderStatus.SHIPPED, OrderStatus.CANCELLED));
        assertFalse(OrderRules.allowed(OrderStatus.PLACED, OrderStatus.SHIPPED));
        assertFalse(OrderRules.allowed(OrderStatus.DELIVERED, OrderStatus.PLACED));
        for (OrderStatus to : OrderStatus.values()) {
            assertFalse(OrderRules.allowed(OrderStatus.CANCELLED, to));
            assertFalse(OrderRules.allowed(OrderStatus.RETURNED, to));
        }
        assertEquals(PlatformException.Kind.CONFLICT,
                assertThrows(PlatformException.class, () -> OrderRules.check(7, OrderStatus.PLACED, OrderStatus.DELIVERED)).kind());
    }

    @Test
    public void totalsAreExactWithoutRounding() {
        List<OrderItem> priced = OrderRules.priced(List.of(item(" Tea set ", "3", "19.99"), item("Green tea (kg)", "0.125", "88.8888"),
                item("Sample", "1", "0")));
        assertEquals("Tea set", priced.get(0).product());
        assertEquals(new BigDecimal("59.97"), priced.get(0).amount());
        assertEquals(new BigDecimal("11.1111000"), priced.get(1).amount());
        assertEquals(0, new BigDecimal("71.0811").compareTo(OrderRules.total(priced)));
        // ten lines of 0.1: binary floating point would not give exactly 1
        List<OrderItem> tenths = OrderRules.priced(java.util.Collections.nCopies(10, item("x", "1", "0.1")));
        assertEquals(0, BigDecimal.ONE.compareTo(OrderRules.total(tenths)));
    }

    @Test
    public void linesThatCannotBeStoredExactlyAreRefused() {
        assertEquals("items[0].quantity", assertThrows(PlatformException.class, () -> OrderRules.priced(List.of(item("a", "0.0001", "1")))).field());
        assertEquals("items[0].quantity", assertThrows(PlatformException.class, () -> OrderRules.priced(List.of(item("a", "0", "1")))).field());
        assertEquals("items[1].unitPrice", assertThrows(PlatformException.class,
                () -> OrderRules.priced(List.of(item("a", "1", "1"), item("b", "1", "0.00001")))).field());
        assertEquals("items[0].unitPrice", assertThrows(PlatformException.class, () -> OrderRules.priced(List.of(item("a", "1", "-1")))).field());
        assertEquals("items[0].product", assertThrows(PlatformException.class, () -> OrderRules.priced(List.of(item(" ", "1", "1")))).field());
        assertEquals("items", assertThrows(PlatformException.class, () -> OrderRules.priced(List.of())).field());
        // 2.50 has scale 2 as written but is 2.5: trailing zeros do not count against the limit
        assertEquals(new BigDecimal("2.5000"), OrderRules.priced(List.of(item("a", "1.000", "2.5000"))).get(0).amount().setScale(4));
    }
}
