package gov.nist.mep.impact.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The one disclosure rule on groups built by hand (threshold 3): primary withholding below the threshold, and the
 * complements that keep a withheld group from being worked out by subtraction from a published total.
 */
class DisclosureControlTest {

    private final Map<String, Set<String>> centers = new TreeMap<>();
    private final Map<String, String> states = new TreeMap<>();
    private final Map<String, Set<String>> categories = new TreeMap<>();

    /** A center of a state with n responding clients (keys center/1 .. center/n). */
    private DisclosureControlTest center(String id, String state, int n) {
        Set<String> clients = new HashSet<>();
        for (int i = 1; i <= n; i++) {
            clients.add(id + "/" + i);
        }
        centers.put(id, clients);
        states.put(id, state);
        return this;
    }

    private DisclosureControlTest category(String code, String... clients) {
        categories.put(code, Set.of(clients));
        return this;
    }

    private DisclosureControl.Decisions decide() {
        return DisclosureControl.decide(3, centers, states, categories);
    }

    @Test
    void aSmallCenterOfAPublishedStateTakesTheStatesNextSmallestCenterWithIt() {
        // KS = 2 + 5 + 7 = 14 published; KS minus the two published centers would give KS3's two clients' sum,
        // so the smaller of the others (5) is withheld too: KS minus KS1 then gives 2 + 5 = 7 clients' sum.
        center("KS1", "KS", 7).center("KS2", "KS", 5).center("KS3", "KS", 2).center("MI1", "MI", 9);

        DisclosureControl.Decisions d = decide();

        assertThat(d.centers()).containsEntry("KS3", Disclosure.PRIMARY).containsEntry("KS2", Disclosure.COMPLEMENTARY)
                .containsEntry("KS1", Disclosure.PUBLISHED).containsEntry("MI1", Disclosure.PUBLISHED);
        assertThat(d.states()).containsEntry("KS", Disclosure.PUBLISHED).containsEntry("MI", Disclosure.PUBLISHED);
    }

    @Test
    void aCenterWithNoRespondingClientNeedsNoComplement() {
        // its impacts are zero by definition: subtracting gives nothing anyone reported
        center("KS1", "KS", 7).center("KS2", "KS", 0);

        DisclosureControl.Decisions d = decide();

        assertThat(d.centers()).containsEntry("KS2", Disclosure.PRIMARY).containsEntry("KS1", Disclosure.PUBLISHED);
    }

    @Test
    void twoSmallCentersOfAStateAreTogetherEnoughOnlyWithThreeClients() {
        // 1 + 1 = 2 clients together: still exposed, so KS1 goes too; 1 + 2 = 3 is enough
        center("KS1", "KS", 8).center("KS2", "KS", 1).center("KS3", "KS", 1).center("RI1", "RI", 6)
                .center("RI2", "RI", 1).center("RI3", "RI", 2);

        DisclosureControl.Decisions d = decide();

        assertThat(d.centers()).containsEntry("KS1", Disclosure.COMPLEMENTARY)
                .containsEntry("RI1", Disclosure.PUBLISHED).containsEntry("RI2", Disclosure.PRIMARY)
                .containsEntry("RI3", Disclosure.PRIMARY);
    }

    @Test
    void aLoneSmallStateTakesTheSmallestPublishedStateAndOneOfItsCentersWithIt() {
        // the nation minus the published states would give VT's one client: the smallest published state (MI, 4)
        // is withheld, and its center too (else MI would be the sum of its published center)
        center("VT1", "VT", 1).center("MI1", "MI", 4).center("KS1", "KS", 6).center("KS2", "KS", 3);

        DisclosureControl.Decisions d = decide();

        assertThat(d.states()).containsEntry("VT", Disclosure.PRIMARY).containsEntry("MI", Disclosure.COMPLEMENTARY)
                .containsEntry("KS", Disclosure.PUBLISHED);
        assertThat(d.centers()).containsEntry("VT1", Disclosure.PRIMARY).containsEntry("MI1", Disclosure.COMPLEMENTARY)
                .containsEntry("KS1", Disclosure.PUBLISHED).containsEntry("KS2", Disclosure.PUBLISHED);
    }

    @Test
    void aStateWithNoRespondingClientNeedsNoComplement() {
        center("VT1", "VT", 0).center("MI1", "MI", 4).center("KS1", "KS", 6);

        assertThat(decide().states()).containsEntry("VT", Disclosure.PRIMARY).containsEntry("MI", Disclosure.PUBLISHED);
    }

    @Test
    void serviceCategoriesCountDistinctClients() {
        // LEAN and EXPORT hold the same single client: together still one client, so QUALITY (the smallest published
        // category) is withheld too. A client who answered about two projects counts once.
        center("KS1", "KS", 9).category("LEAN", "KS1/1").category("EXPORT", "KS1/1")
                .category("QUALITY", "KS1/2", "KS1/3", "KS1/4").category("OTHER", "KS1/5", "KS1/6", "KS1/7", "KS1/8");

        DisclosureControl.Decisions d = decide();

        assertThat(d.categories()).containsEntry("LEAN", Disclosure.PRIMARY).containsEntry("EXPORT", Disclosure.PRIMARY)
                .containsEntry("QUALITY", Disclosure.COMPLEMENTARY).containsEntry("OTHER", Disclosure.PUBLISHED);
    }

    @Test
    void twoSmallCategoriesOfThreeDistinctClientsProtectEachOther() {
        center("KS1", "KS", 9).category("LEAN", "KS1/1").category("EXPORT", "KS1/2", "KS1/3")
                .category("QUALITY", "KS1/4", "KS1/5", "KS1/6");

        assertThat(decide().categories()).containsEntry("QUALITY", Disclosure.PUBLISHED);
    }

    @Test
    void aNationUnderTheThresholdWithholdsEveryGroupAndNeedsNoComplement() {
        center("KS1", "KS", 1).center("MI1", "MI", 1).category("LEAN", "KS1/1", "MI1/1");

        DisclosureControl.Decisions d = decide();

        assertThat(d.centers().values()).containsOnly(Disclosure.PRIMARY);
        assertThat(d.states().values()).containsOnly(Disclosure.PRIMARY);
        assertThat(d.categories().values()).containsOnly(Disclosure.PRIMARY);
    }
}
