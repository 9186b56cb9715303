package gov.nist.mep.impact.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a run page may show of a reject: never a contact value, nor text that looks like an e-mail or phone. */
class RunServiceTest {

    @Test
    void aContactColumnsValueAndMessageAreWithheld() {
        RunService.Reject r = RunService.reject(List.of("meis/clients/KS01-a.csv", "4", "contact_email", "text",
                "pat9@example.com", "contact_email pat9@example.com is too long"));
        assertThat(r.value()).isEqualTo(RunService.WITHHELD);
        assertThat(r.message()).isEqualTo(RunService.WITHHELD);
        assertThat(r.file()).isEqualTo("meis/clients/KS01-a.csv");
        assertThat(r.rule()).isEqualTo("text");
    }

    @Test
    void emailAndPhoneLikeTextIsMaskedElsewhereButNumbersAndDatesAreNot() {
        assertThat(RunService.mask("note from pat@example.com")).isEqualTo("note from " + RunService.WITHHELD);
        assertThat(RunService.mask("call (555) 010-0100 or +1 555-010-0100")).doesNotContain("555");
        assertThat(RunService.mask("$1,000")).isEqualTo("$1,000");
        assertThat(RunService.mask("2014-13-45")).isEqualTo("2014-13-45");
        assertThat(RunService.mask("12345678.123")).isEqualTo("12345678.123");
    }

    @Test
    void aFileOfOneCenterIsCountedForThatCenter() {
        assertThat(RunService.centerOf("meis/clients/KS01-a.csv")).isEqualTo("KS01");
        assertThat(RunService.centerOf("meis/projects/RI02-3.jsonl")).isEqualTo("RI02");
        assertThat(RunService.centerOf("center-financials.csv")).isEqualTo("(files of every center)");
    }
}
