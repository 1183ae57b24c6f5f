"""Phrases for the synthetic demo history: a plant manager's year, in our own words."""

TEAM = (
    ("Amira Haddad", "Line lead, assembly"),
    ("Jonas Berg", "Maintenance technician"),
    ("Priya Nair", "Quality engineer"),
    ("Tomás Ortega", "Shift supervisor, nights"),
    ("Mei Lin", "Planner"),
    ("Kwame Mensah", "Operator, packaging"),
    ("Sofia Rossi", "Safety coordinator"),
    ("Lukas Novak", "New team leader"),
    ("Hana Sato", "Continuous improvement coach"),
)

# How often the leader wants to see each (days; None: no set rhythm), and notes of their own.
CADENCE = {
    "Amira Haddad": 7,
    "Jonas Berg": 14,
    "Priya Nair": 14,
    "Tomás Ortega": 7,
    "Mei Lin": 28,
    "Kwame Mensah": None,
    "Sofia Rossi": 14,
    "Lukas Novak": 7,
    "Hana Sato": 28,
}
NOTES = {
    "Lukas Novak": "Three months into leading a team. Wants to get better at running the "
    "morning huddle; ask what he tried this week before offering anything.",
    "Amira Haddad": "Keen on the changeover trial. Prefers to talk at the line, not in the office.",
    "Sofia Rossi": "Moved to the site safety team; still happy to be asked about the old "
    "near-miss board.",
}
# Who left the team (archived), and the people the leader has not seen for a while: for each,
# how many days before the end of the history they were last named, and who is named instead
# in the later records that would have named them.
LEFT_TEAM = "Sofia Rossi"
UNSEEN = (
    ("Sofia Rossi", 120, "Hana Sato"),
    ("Jonas Berg", 24, "Priya Nair"),
    ("Kwame Mensah", 45, "Mei Lin"),
)

HEARTS = (
    "I want the team to leave today a little more confident than they came in.",
    "People do their best work when they feel heard; today I want to listen first.",
    "I care about Lukas growing into his new role without feeling alone.",
    "Our customers count on us, and so does the night shift.",
    "I want to be the kind of manager I wished I had ten years ago.",
    "Today matters because the team is tired and needs steadiness from me.",
    "I want curiosity, not blame, to be what people remember from today.",
    "Safety first is only true if I show it in what I pay attention to.",
)

DIRECTIONS = (
    "Changeover on line 2 under 25 minutes by the end of the month.",
    "Everyone in the morning huddle knows this week's one priority.",
    "Scrap on the packaging line back under 1.5%.",
    "The team owns the backlog review; I only ask questions.",
    "Night shift handover notes complete and read every day.",
    "Two experiments running on the filler stoppages by Friday.",
    "Clear targets for the quarter agreed with each team leader.",
    "Fewer surprises: problems raised within the shift they appear in.",
)

ACTIONS = {
    "direction": (
        "Restate the changeover target at the huddle",
        "Agree next week's priority with Mei",
        "Draw the scrap trend on the team board",
        "Check that each team leader has a clear target",
        "Review the quarterly goals with Hana",
    ),
    "support": (
        "Ask Lukas how the first week as team leader feels",
        "Go to line 2 during the changeover and watch",
        "Let Priya lead the problem-solving session",
        "Coach Tomás on the handover routine",
        "Thank Kwame for raising the sensor fault",
        "Hold back my solution in the stoppage review",
    ),
    "self": (
        "Take two intention pauses before noon",
        "Write the evening reflection before leaving",
        "Notice when I jump to answers in meetings",
        "Read my notes from last week's gemba",
        "Ask for feedback on how I ran the review",
    ),
}

PAUSE_NOTES = (
    "",
    "",
    "Caught myself rushing the huddle.",
    "Back on track after the budget call.",
    "Listened more than I talked.",
    "Drifted into firefighting all morning.",
    "Took a breath before replying to the escalation.",
)

OPEN_QUESTIONS = (
    "What did you see when the line stopped?",
    "How do you know the new setting is working?",
    "What is getting in the way of the target this week?",
    "What would you try first, and why?",
    "Can you walk me through the changeover step by step?",
    "What did we learn from yesterday's trial?",
    "How might we make the handover easier for nights?",
    "What do you need from me to move this forward?",
    "What surprised you on the shift today?",
    "Where does the scrap come from, as far as you can tell?",
)
CLOSED_QUESTIONS = (
    "Is the line running again?",
    "Did the spare part arrive?",
    "Is the trial finished?",
    "Did you update the board?",
)
LEADING_QUESTIONS = (
    "Have you tried restarting the sensor?",
    "Why don't you just ask maintenance?",
    "Shouldn't we swap the nozzle first?",
    "What if you tried the old settings?",
    "That was a one-off, right?",
    "Have you considered moving the check to the start?",
)
CONTEXTS = (
    "Morning huddle",
    "Line 2 changeover",
    "One-to-one",
    "Stoppage review",
    "Gemba walk",
    "Corridor chat",
    "Planning meeting",
)
LEARNED = (
    "",
    "",
    "The sensor fault shows up only after the warm-up.",
    "She had already thought it through; I only needed to ask.",
    "The handover form is too long to fill in at 6 a.m.",
    "The team sees the target differently from me.",
    "The scrap is mostly from the first hour after start-up.",
)
TELL_NOTES = (
    "",
    "Gave the answer on the filler problem instead of asking.",
    "Jumped in with the fix during the huddle.",
    "Told Lukas how I would run the meeting.",
    "Decided the priority for them in planning.",
)

PLACES = (
    "Line 2, changeover area",
    "Packaging line",
    "Goods-in dock",
    "Night shift handover",
    "Filler, station 4",
    "Quality lab",
)
PURPOSES = (
    "See the changeover against the standard work and time it.",
    "Check whether the scrap figures match what happens at the machine.",
    "Understand how the night shift hands over open problems.",
    "Validate the assumption that stoppages come from the sensor.",
    "Listen to the operators about the new layout.",
)
OBSERVED = (
    "Changeover took 31 minutes; the tool cart was missing two sockets.",
    "Scrap bins matched the report, but half of it came from start-up.",
    "Handover was verbal only; two problems were not passed on.",
    "The sensor stopped the line twice, both times after a jam upstream.",
    "Operators walk around the new rack many times an hour.",
)
ASSUMPTIONS = (
    "The changeover standard is followed",
    "Most stoppages come from the sensor",
    "The night shift reads the handover notes",
    "Scrap is spread evenly across the day",
    "Operators know the weekly target",
)
FACTS = (
    "Seen on the floor today.",
    "Two of three operators said otherwise.",
    "The log showed it clearly.",
    "Could not tell from one visit.",
)
CARE = (
    "Thanked the team for the honest numbers.",
    "Stayed for the break and asked about the new rota.",
    "Offered to remove the approval step that slows them down.",
    "Helped carry the tool cart back and asked what would make it easier.",
    "",
)
FOLLOW_UPS = (
    "Complete the tool cart with the missing sockets",
    "Share the start-up scrap data with the team",
    "Try a written handover for two weeks",
    "Check the upstream jam counter",
    "Ask facilities about moving the rack",
)

WENT_WELL = (
    "Stayed curious in the stoppage review.",
    "The huddle was short and clear.",
    "Lukas ran the meeting and did well.",
    "Went to gemba with a real purpose.",
    "Asked more than I told today.",
)
WENT_BADLY = (
    "",
    "Jumped to a solution twice.",
    "Spent the afternoon in email instead of on the floor.",
    "Lost my temper a little at the escalation.",
    "Skipped my intention pause when things got busy.",
)
LEARNED_DAY = (
    "",
    "When I wait a few seconds, people fill the silence with good ideas.",
    "The team already knows most of the answers.",
    "I react on autopilot when I'm tired.",
    "Clear direction saves more time than any fix I could suggest.",
)
ADJUST = (
    "",
    "",
    "Block 30 minutes for gemba before the planning meeting.",
    "Ask one open question before offering any idea.",
    "Check in with Lukas after his first review.",
    "Take the intention pause right after lunch.",
    "Write tomorrow's one priority on the board tonight.",
)
WEEKLY = (
    "A steady week: questions got better, gemba slipped.",
    "Too much telling this week; the team waited for me.",
    "Good balance; direction was clearer than last week.",
)
