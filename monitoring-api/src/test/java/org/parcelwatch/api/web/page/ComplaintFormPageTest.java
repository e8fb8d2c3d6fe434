package org.parcelwatch.api.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApiTestSupport;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The desk's complaint form on the workbench (issue 21): about a parcel or an address, refused in Chinese beside the
 * form with what was typed, and the open complaints of both kinds listed on the workbench.
 */
class ComplaintFormPageTest extends ApiTestSupport {

    private static RequestPostProcessor signedIn(String name) {
        return user(name).roles(name.toUpperCase(java.util.Locale.ROOT));
    }

    private String page(String user) throws Exception {
        return mvc.perform(get("/").with(signedIn(user))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDeskRecordsAComplaintAboutAnAddressOrAParcelAndTheWorkbenchListsBoth() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        assertThat(page("desk")).contains("id=\"form-complaint\"", "受理投诉举报");
        assertThat(page("patrol")).doesNotContain("id=\"form-complaint\"");
        mvc.perform(post("/complaints").with(signedIn("patrol")).with(csrf()).param("source", "12345热线")
                .param("content", "夜间倾倒渣土").param("address", "新河路西口").param("township", "Xinhe town"))
           .andExpect(status().isForbidden());

        String address = mvc.perform(post("/complaints").with(signedIn("desk")).with(csrf()).param("source", "12345热线")
                        .param("content", "夜间在路边倾倒渣土").param("address", "新河路西口").param("township", "Xinhe town"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/#openComplaints"))
                .andReturn().getFlashMap().get("complaintRecorded").toString();
        assertThat(address).startsWith("TS-");
        mvc.perform(post("/complaints").with(signedIn("desk")).with(csrf()).param("parcelId", parcel)
                        .param("source", "来信").param("content", "工地夜间施工扰民"))
           .andExpect(status().isFound()).andExpect(flash().attribute("complaintRecorded", parcel + "-TS1"));
        String workbench = page("desk");
        assertThat(workbench).contains("待办结的投诉举报", address, "新河路西口", parcel + "-TS1", "来信");
    }

    @Test
    void aComplaintWithNeitherParcelNorAddressIsRefusedBesideTheFormInChinese() throws Exception {
        String refused = mvc.perform(post("/complaints").with(signedIn("desk")).with(csrf()).param("source", "12345热线")
                        .param("content", "夜间倾倒渣土"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("请填写电子监管号，或填写地址及所在乡镇。", "夜间倾倒渣土", "id=\"form-complaint\" open");
        String unknown = mvc.perform(post("/complaints").with(signedIn("desk")).with(csrf()).param("source", "12345热线")
                        .param("content", "夜间倾倒渣土").param("address", "某路").param("township", "无此乡镇"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknown).contains("须为已有宗地登记的乡镇");
    }
}
