import Foundation
import Testing
import SalesOpsTestSupport

/// The pages over HTTP as a browser sends it: sign-in and its cookie, forms guarded by the
/// session's form token, escaping, the security headers, and calendar subscriptions.
@Suite struct PageTests {
    /// Signs in with the token: the session cookie, and the form token of the person's page.
    static func signIn(_ server: LiveServer, _ name: String, headers: [String: String] = [:]) async throws -> (cookie: String, reply: HTTPTestClient.Reply) {
        let (formCookie, formToken) = try await signInForm(server)
        let reply = try await server.client.postForm("/signin", [("formToken", formToken), ("token", server.token(name))],
                                                     headers: headers.merging(["Cookie": formCookie]) { $1 })
        #expect(reply.status == 303 && reply.headers["location"] == "/")
        let cookie = try #require(reply.headers["set-cookie"]?.split(separator: ";").first.map(String.init))
        return (cookie, reply)
    }

    /// The sign-in page: its form's cookie (`name=value`) and form token.
    static func signInForm(_ server: LiveServer) async throws -> (cookie: String, formToken: String) {
        let page = try await server.client.get("/signin")
        let cookie = try #require(page.headers["set-cookie"])
        #expect(cookie.hasSuffix("; Path=/signin; Max-Age=3600; HttpOnly; SameSite=Strict"))
        return (try #require(cookie.split(separator: ";").first.map(String.init)), try formToken(page.body))
    }

    static func formToken(_ page: String) throws -> String {
        let marker = #"name="formToken" value=""#
        let start = try #require(page.range(of: marker)).upperBound
        return String(page[start...].prefix { $0 != "\"" })
    }

    @Test func signingInSetsAStrictSessionCookie() async throws {
        try await LiveServer.with { server in
            #expect(try await server.client.get("/").headers["location"] == "/signin")
            let (_, reply) = try await Self.signIn(server, "maya")
            let cookie = try #require(reply.headers["set-cookie"])
            #expect(cookie.hasSuffix("; Path=/; Max-Age=43200; HttpOnly; SameSite=Strict"))
            let (_, behindTLS) = try await Self.signIn(server, "maya", headers: ["X-Forwarded-Proto": "https"])
            #expect(behindTLS.headers["set-cookie"]?.hasSuffix("; HttpOnly; SameSite=Strict; Secure") == true)
            let (formCookie, formToken) = try await Self.signInForm(server)
            let wrong = try await server.client.postForm("/signin", [("formToken", formToken), ("token", "so_wrong")], headers: ["Cookie": formCookie])
            #expect(wrong.status == 401 && wrong.headers["set-cookie"] == nil)
            #expect(wrong.body.contains("That token is not valid (or was revoked)."))
            // A sign-in posted from another page (no form cookie, or a token that is not its own)
            // signs nobody in, even with a valid access token.
            for (fields, headers) in [([("token", server.token("maya"))], [String: String]()),
                                      ([("formToken", "forged"), ("token", server.token("maya"))], ["Cookie": formCookie])] {
                let forged = try await server.client.postForm("/signin", fields, headers: headers)
                #expect(forged.status == 403)
                #expect(forged.headers["set-cookie"]?.hasPrefix("salesops_session=") == false)
                #expect(forged.body.contains("This sign-in form has expired or came from another site; sign in here."))
            }
        }
    }

    @Test func formsNeedTheSessionsFormTokenAndEscapeWhatTheyShow() async throws {
        try await LiveServer.with { server in
            let (cookie, _) = try await Self.signIn(server, "maya")
            let page = try await server.client.get("/people/ana.lima", headers: ["Cookie": cookie])
            #expect(page.status == 200)
            #expect(page.headers["content-security-policy"]?.hasPrefix("default-src 'none'; style-src 'self'") == true)
            let token = try Self.formToken(page.body)
            let before = try await server.client.get("/api/people/ana.lima/history", token: server.token("admin")).body

            // A forged form (no token, or another one) changes nothing.
            for fields in [[("kind", "complete"), ("step", "accounts-setup")],
                           [("formToken", "forged"), ("kind", "complete"), ("step", "accounts-setup")]] {
                let forged = try await server.client.postForm("/people/ana.lima/record", fields, headers: ["Cookie": cookie])
                #expect(forged.status == 403)
            }
            // Without the session cookie, the form token alone is not enough either.
            let noCookie = try await server.client.postForm("/people/ana.lima/record", [("formToken", token), ("kind", "complete"), ("step", "accounts-setup")])
            #expect(noCookie.status == 401)
            #expect(try await server.client.get("/api/people/ana.lima/history", token: server.token("admin")).body == before)

            let note = "<script>alert(1)</script> & co"
            let posted = try await server.client.postForm("/people/ana.lima/record", [
                ("formToken", token), ("kind", "complete"), ("step", "accounts-setup"), ("on", "2026-03-03"), ("note", note),
            ], headers: ["Cookie": cookie])
            #expect(posted.status == 200)
            #expect(posted.body.contains(#"<p class="message" role="status">Recorded: completed accounts-setup on 2026-03-03</p>"#))
            #expect(posted.body.contains("note: &lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
            #expect(!posted.body.contains("<script>"))

            // Signing out ends the session: the cookie no longer signs in.
            let out = try await server.client.postForm("/signout", [("formToken", token)], headers: ["Cookie": cookie])
            #expect(out.status == 303)
            #expect(try await server.client.get("/", headers: ["Cookie": cookie]).headers["location"] == "/signin")
        }
    }

    /// The step ids a form of `kind` on a person's page offers; nil when the page has no such form.
    static func formSteps(_ page: String, kind: String) -> [String]? {
        guard let form = page.range(of: #"<input type="hidden" name="kind" value="\#(kind)">"#),
              let select = page.range(of: "<select name=\"step\">", range: form.upperBound..<page.endIndex),
              let end = page.range(of: "</select>", range: select.upperBound..<page.endIndex) else { return nil }
        return page[select.upperBound..<end.lowerBound].components(separatedBy: "<option value=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func theSignoffFormOffersOnlyTheStepsWaitingForThatPersonsSignoff() async throws {
        try await LiveServer.with { server in
            let (maya, _) = try await Self.signIn(server, "maya")
            let page = try await server.client.get("/people/ana.lima", headers: ["Cookie": maya]).body
            // ana.lima's track has quiz and evidence certifications too: only her manager's sign-offs are maya's.
            #expect(Self.formSteps(page, kind: "signoff") == ["review-30-day", "review-60-day", "review-90-day"])
            #expect(Self.formSteps(page, kind: "attempt")?.contains("cold-call-certification") == true)
            let signed = try await server.client.postForm("/people/ana.lima/record", [
                ("formToken", try Self.formToken(page)), ("kind", "signoff"), ("step", "review-30-day"), ("on", "2026-03-19"),
            ], headers: ["Cookie": maya])
            #expect(signed.body.contains("Recorded: attempted review-30-day on 2026-03-19 (passed)"), "\(signed.body.prefix(3000))")
            #expect(Self.formSteps(signed.body, kind: "signoff") == ["review-60-day", "review-90-day"])
            // An admin is nobody's manager: they record and waive, but sign nothing off.
            let (admin, _) = try await Self.signIn(server, "admin")
            let adminPage = try await server.client.get("/people/ana.lima", headers: ["Cookie": admin]).body
            #expect(Self.formSteps(adminPage, kind: "signoff") == nil)
            #expect(Self.formSteps(adminPage, kind: "waive")?.isEmpty == false)
        }
    }

    @Test func theBoardShowsEachRoleItsOwnView() async throws {
        try await LiveServer.with { server in
            func board(_ name: String) async throws -> String {
                let (cookie, _) = try await Self.signIn(server, name)
                return try await server.client.get("/?by=manager", headers: ["Cookie": cookie]).body
            }
            let admin = try await board("admin")
            for person in ["ana.lima", "ben.okafor", "chloe.martin", "acme-corp"] { #expect(admin.contains(">\(person)</a>")) }
            #expect(admin.contains("<h2>maya.chen</h2>") && admin.contains("<h2>sam.ortiz</h2>"))
            let maya = try await board("maya")
            #expect(maya.contains(">ana.lima</a>") && !maya.contains("chloe.martin"))
            #expect(maya.contains("Calendar of my reports (.ics)"))
            let viewer = try await board("viewer")
            #expect(viewer.contains("<h1>Onboarding board (anonymised)</h1>"))
            #expect(viewer.contains("4 enrolment(s) in smaller groups are not shown."))
            #expect(viewer.contains("<h2>By manager</h2>") && viewer.contains(#"<option value="cohort">cohort</option>"#))
            for person in ["ana.lima", "ben.okafor", "maya.chen"] { #expect(!viewer.contains(person)) }
            let (cookie, _) = try await Self.signIn(server, "ana")
            #expect(try await server.client.get("/people/chloe.martin", headers: ["Cookie": cookie]).status == 403)
        }
    }

    @Test func theEvaluationFormRunsAnEvaluationForAnyoneButMembers() async throws {
        try await LiveServer.with { server in
            let (cookie, _) = try await Self.signIn(server, "viewer")
            let form = try await server.client.get("/evaluate", headers: ["Cookie": cookie])
            #expect(form.body.contains(#"<option value="midmarket-inbound-crm">"#))
            let report = try await server.client.get("/evaluate/report?evaluation=midmarket-inbound-crm&method=topsis", headers: ["Cookie": cookie])
            #expect(report.status == 200)
            #expect(report.body.contains("<h1>CRM for the mid-market inbound team</h1>") && report.body.contains("<svg"))
            #expect(report.body.contains("method TOPSIS"))
            #expect(report.headers["content-security-policy"]?.hasPrefix("default-src 'none'; style-src 'unsafe-inline'") == true)
            let (member, _) = try await Self.signIn(server, "ana")
            #expect(try await server.client.get("/evaluate/report", headers: ["Cookie": member]).status == 403)
        }
    }

    @Test func calendarLinksServeICalendarWithoutCredentials() async throws {
        try await LiveServer.with { server in
            let (cookie, _) = try await Self.signIn(server, "maya")
            let page = try await server.client.get("/people/ana.lima", headers: ["Cookie": cookie]).body
            let main = try #require(page.range(of: "<main>")).upperBound
            let start = try #require(page.range(of: #"<a href=""#, range: main..<page.endIndex)).upperBound
            let link = String(page[start...].prefix { $0 != "\"" })
            #expect(link.hasPrefix("/calendar/") && link.contains("/person/ana.lima.ics?key="))
            let feed = try await server.client.get(link)
            #expect(feed.status == 200 && feed.headers["content-type"] == "text/calendar; charset=utf-8")
            #expect(feed.body.hasPrefix("BEGIN:VCALENDAR\r\n") && feed.body.contains("X-WR-CALNAME:Onboarding: ana.lima\r\n"))
            #expect(feed.body.components(separatedBy: "BEGIN:VEVENT").count - 1 == 17)
            #expect(try await server.client.get(link.replacingOccurrences(of: "ana.lima.ics", with: "ben.okafor.ics")).status == 404)

            let board = try await server.client.get("/", headers: ["Cookie": cookie]).body
            let managerStart = try #require(board.range(of: #"<p><a href=""#)).upperBound
            let managerLink = String(board[managerStart...].prefix { $0 != "\"" })
            #expect(managerLink.contains("/manager/maya.chen.ics?key="))
            let managerFeed = try await server.client.get(managerLink)
            #expect(managerFeed.body.contains("X-WR-CALNAME:Onboarding: reports of maya.chen\r\n"))
            #expect(managerFeed.body.contains("SUMMARY:ana.lima: ") && managerFeed.body.contains("SUMMARY:ben.okafor: "))
        }
    }
}
