package org.joinery.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.AccessRefused;
import org.joinery.access.AccessRequest;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Decision;
import org.joinery.access.Purpose;
import org.joinery.access.Role;
import org.joinery.platform.JoineryProperties;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A refusal by the gate, wherever a page meets it, becomes a 403 page naming the rule and why. */
class AccessRefusedHandlerTest {

    @RestController
    static class RefusingController {
        @GetMapping("/somebody-elses-record")
        String read() {
            Actor actor = new Actor(UUID.randomUUID(), "practitioner", UUID.randomUUID(), false, Set.of(Role.PRACTITIONER));
            throw new AccessRefused(new AccessRequest(actor, Action.READ, DataRef.of(DataCategory.STAFF_ACCOUNT, null),
                    Purpose.DIRECT_CARE), Decision.refuseByDefault());
        }
    }

    @Test
    void aRefusedAccessIsShownAsForbiddenWithTheRuleAndItsReason() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new RefusingController())
                .setControllerAdvice(new AccessRefusedHandler(new LayoutAdvice(new JoineryProperties(null, Path.of("data"),
                        Duration.ofMinutes(30), Duration.ofHours(12), null, null, null, null)))).build();
        mvc.perform(get("/somebody-elses-record"))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"))
                .andExpect(model().attribute("refusalRule", "default-deny"))
                .andExpect(model().attribute("refusalReason", "No rule allows this."))
                .andExpect(model().attribute("embeddedDatabase", true));
    }
}
