package org.campaignkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 40).boxed().toList();

    @Test
    void resultsComeBackInTheItemsOrderWhateverFinishesFirst() throws IOException {
        List<String> seen = new ArrayList<>();
        OrderedParallel.run(ITEMS, 4, i -> 1, 100, i -> {
            pause((i * 7) % 5); // later items often finish first
            return "item " + i;
        }, (item, result) -> seen.add(result));
        assertThat(seen).containsExactlyElementsOf(ITEMS.stream().map(i -> "item " + i).toList());
    }

    @Test
    void workInFlightNeverExceedsTheBudget() throws IOException {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        // Each item weighs 4 of a budget of 10: at most two at once, although four threads wait.
        OrderedParallel.run(ITEMS, 4, i -> 4, 10, i -> {
            most.accumulateAndGet(inFlight.addAndGet(4), Math::max);
            pause(2);
            inFlight.addAndGet(-4);
            return i;
        }, (item, result) -> { });
        assertThat(most.get()).isBetween(4, 8);
    }

    @Test
    void anItemHeavierThanTheWholeBudgetRunsAlone() throws IOException {
        List<Integer> seen = new ArrayList<>();
        OrderedParallel.run(List.of(1, 2, 3), 2, i -> Integer.MAX_VALUE, 5, i -> i * 10, (item, result) -> seen.add(result));
        assertThat(seen).containsExactly(10, 20, 30);
    }

    @Test
    void theFirstFailureStopsTheRunWithItsOwnMessage() {
        assertThatThrownBy(() -> OrderedParallel.run(ITEMS, 3, i -> 1, 100, i -> {
            if (i == 7) {
                throw new IOException("images/bg.png is damaged");
            }
            return i;
        }, (item, result) -> { })).isInstanceOf(IOException.class).hasMessage("images/bg.png is damaged");
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
