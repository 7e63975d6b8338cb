"""The ids that rules, reports and gold files share. One place, so the rule schema, the analyzer,
the evaluator and the JSON Schema cannot disagree."""

from __future__ import annotations

EXEMPTION_CATEGORIES = (
    "criminal-investigation", "missing-persons", "national-security", "imminent-threat", "warrant",
    "legislative-authorization", "administrative-approval", "personal-device", "public-communications",
    "redaction", "inadvertent-receipt", "access-control", "legal-compliance", "actor-carve-out", "other",
)
QUALIFIERS = (
    "specific-crime", "not-generated-by-city", "sole-purpose", "no-capability", "no-affirmative-use", "logging",
    "destruction", "judicial-authorization", "strictly-necessary", "time-limit", "offence-threshold",
)
ACTS = ("obtain", "retain", "possess", "access", "use", "request", "acquire", "sell", "share", "evaluate", "install",
        "develop")
TECHNOLOGIES = ("face-recognition", "face-surveillance", "biometric-surveillance", "remote-biometric-identification",
                "emotion-recognition", "biometric-categorisation", "predictive-policing", "drones",
                "license-plate-readers", "cell-site-simulators", "location-tracking", "social-media-monitoring",
                "voice-recognition", "gait-recognition")
ACTORS = ("all-government", "law-enforcement-only", "private-entities")
ENFORCEMENT = ("private-right-of-action", "evidence-suppression", "penalties", "discipline", "injunction")
DURABILITY = ("permanent", "sunset", "moratorium", "reversal")
BOOLEAN_COVERAGE = ("derived-information", "third-parties", "donations")
LIST_COVERAGE = {"acts": ACTS, "technologies": TECHNOLOGIES, "actors": ACTORS, "enforcement": ENFORCEMENT}
GAPS = ("no-donation-coverage", "no-third-party-coverage", "no-derived-information-coverage", "no-enforcement",
        "narrow-acts", "law-enforcement-only", "sunset")

# Roles a provision (or a clause of it) can play.
ROLES = ("prohibition", "exemption", "condition", "definition", "enforcement", "durability", "reporting", "purpose")

# Forms of the role cues the analyzer understands: ``role.<role>.<form>`` (see rules/roles.yaml).
ROLE_FORMS = {
    "prohibition.ban": "a prohibition: it shall be unlawful, shall not, may not, is prohibited",
    "prohibition.restriction": "use allowed only on terms: may only, only pursuant to",
    "prohibition.purpose": "a purpose statement that states the ban (the purpose of this chapter is to prohibit)",
    "exemption.exception": "an exception clause: nothing in X shall prohibit, shall not apply to, is not a violation",
    "exemption.scope-exclusion": "a scope exclusion: does not include, is not intended to apply to",
    "exemption.permission": "a permission inside a ban: may use, may be commenced, may issue an order authorizing",
    "exemption.override": "an override: nothing in this chapter shall limit the ability to use such information",
    "exemption.inline": "an exception inside a prohibition sentence: except where, except when, except for",
    "exemption.unless": "a condition inside a prohibition sentence that is an exemption only when it names a topic",
    "exemption.route": "a route through a restriction (a warrant, an approval) that is an exemption when it names "
                       "a topic",
    "condition.proviso": "a proviso that narrows the clause before it: provided that, so long as",
    "condition.if": "words that open a condition item: if, where, when",
    "neutral.cross-reference": "a pointer to exceptions stated elsewhere: except as provided in subsection (c)",
    "neutral.savings": "a savings clause: nothing shall be construed to limit any person's rights",
    "neutral.sanction": "a sanction on a person: the Board may suspend the certification of an officer who ...",
    "neutral.negated-authorization": "a limit on a permission: does not authorize, shall not be construed to authorize",
    "definition.term": "a definition: means, shall mean, the following definitions",
    "scope.market": "a prohibition of placing a product on the market, which binds public and private actors",
    "list.alternatives": "a lead-in whose items are alternatives (one of the following purposes): each an exemption",
    "list.conditions": "a lead-in whose items must all hold (all of the following): conditions of one exemption",
    "neutral.repealed-text": "words an amendment removes (is hereby repealed, is deleted): not coverage",
    "neutral.no-remedy": "a disclaimer of remedies (does not create any private right of action): not enforcement",
    "neutral.reporting": "a duty to report (shall report to the Board on): what it asks about is not coverage",
    "purpose.recital": "a recital or finding (WHEREAS, the Council finds that): neither rule nor coverage",
}
SEVERITIES = ("info", "low", "medium", "high", "critical")
SEVERITY_RANK = {name: i for i, name in enumerate(SEVERITIES)}

RULE_KINDS = ("role", "exemption", "qualifier", "coverage", "technology", "actor", "enforcement", "durability", "gap")


# The acts every ban should reach: the "obtain, retain, access, or use" formula of the model
# ordinances (ACLU's Community Control Over Police Surveillance bans; Boston, Springfield,
# Sebastopol). A ban that leaves one out gets a narrow-acts gap naming it.
CORE_ACTS = ("obtain", "retain", "access", "use")
# Acts that are a way of doing a wider one (DESIGN 6: acquire is obtaining by purchase or lease): a
# permission of the wider act lets through what a ban of the narrower one forbids.
ACT_KINDS = {"obtain": ("acquire",), "retain": ("possess",)}

# Exemption categories that name the way through (who says yes), not what the use is for.
ROUTE_CATEGORIES = frozenset({"warrant", "administrative-approval", "legislative-authorization"})
