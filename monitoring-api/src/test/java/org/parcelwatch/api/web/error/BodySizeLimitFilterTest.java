package org.parcelwatch.api.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The body cap wraps what may carry a body; a read goes on as it came (every wrapper costs each later filter). */
class BodySizeLimitFilterTest {

    private final BodySizeLimitFilter filter = new BodySizeLimitFilter(10, new ProblemResponses(new ObjectMapper()));

    @Test
    void readsPassUnwrapped() throws Exception {
        for (String method : new String[] {"GET", "HEAD"}) {
            MockHttpServletRequest read = new MockHttpServletRequest(method, "/api/v1/parcels/1305302024B00017");
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(read, new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).as(method).isSameAs(read);
        }
    }

    @Test
    void writesAreCapped() throws Exception {
        MockHttpServletRequest write = new MockHttpServletRequest("POST", "/api/v1/parcels");
        write.setContent(new byte[5]);
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(write, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotSameAs(write);

        MockHttpServletRequest tooLarge = new MockHttpServletRequest("POST", "/api/v1/parcels");
        tooLarge.setContent(new byte[11]);
        MockHttpServletResponse refused = new MockHttpServletResponse();
        MockFilterChain notCalled = new MockFilterChain();
        filter.doFilter(tooLarge, refused, notCalled);
        assertThat(refused.getStatus()).isEqualTo(413);
        assertThat(notCalled.getRequest()).isNull();
    }
}
