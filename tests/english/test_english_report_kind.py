"""Whether an English text reports election observation: near-misses of the genre (training
seminars, conferences, accreditation notices, cooperation visits) yield nothing, while one
meeting, an arrival or an appointment of a mission's leader is a report. Texts written here."""

from __future__ import annotations

import pytest

from builder.text.extract import extract


def _is_report(text: str) -> bool:
    return extract("sample.en.txt", text)[1].is_observation_report


@pytest.mark.parametrize(
    "text",
    [
        # a training seminar for future observers
        "ODIHR trains election observers\n\nWARSAW, 14 May 2024 – Twenty-four experts from OSCE "
        "participating States took part in a training seminar on election observation organized "
        "by ODIHR in Warsaw. The course prepared them to serve as long-term observers in future "
        "ODIHR election observation missions.",
        # a conference on electoral law where observation missions are discussed
        "IPA CIS hosts conference\n\nSt Petersburg, 20 April 2023 – At an international "
        "conference held by the CIS Interparliamentary Assembly, members of election "
        "commissions discussed the experience of election observation missions.",
        # a cooperation visit by an organisation's president
        "PACE President visits Armenia\n\nStrasbourg, 3 March 2022 – The President of PACE "
        "met the Speaker of the National Assembly, Alen Simonyan, to discuss cooperation and "
        "the observation of future elections by the Assembly's delegations.",
        # an accreditation notice naming observer missions
        "CEC accredits observers\n\nASTANA, 10 November 2022 – The Central Election Commission "
        "has accredited 560 observers of the OSCE/ODIHR, CIS and SCO missions for the 20 "
        "November presidential election.",
    ],
)
def test_a_near_miss_of_the_genre_is_no_report(text):
    assert not _is_report(text)


@pytest.mark.parametrize(
    "text",
    [
        "CEC registers observers\n\nBAKU, 14 January 2025 – The Central Election Commission has "
        "registered 46 international observers of the CIS Interparliamentary Assembly, its "
        "chairman said at a commission meeting today.",
        "Observers registered\n\nBishkek, 2 March 2025 – The registration of SCO observers for "
        "the 9 March elections continues; the commission met on Monday to approve the forms.",
    ],
)
def test_a_registration_of_observers_is_no_report(text):
    assert not _is_report(text)


@pytest.mark.parametrize(
    "text",
    [
        # one meeting
        "SCO observers meet CEC chairman\n\nTASHKENT, 22 October 2024 – Members of the SCO "
        "observer mission met with the Chairman of the Central Election Commission of "
        "Uzbekistan, Zayniddin Nizamkhodjaev, ahead of the 27 October parliamentary elections.",
        # an arrival
        "CIS observers arrive in Baku\n\nBAKU, 30 January 2024 – The first group of observers "
        "from the CIS Observer Mission arrived in Baku today to monitor the early presidential "
        "election in Azerbaijan.",
        # an appointment of the leader of the observers
        "OSCE PA appoints Special Co-ordinator\n\nCOPENHAGEN, 10 October 2024 – The OSCE "
        "Chairperson-in-Office appointed Pere Joan Pons, Vice-President of the OSCE "
        "Parliamentary Assembly, as Special Co-ordinator to lead the short-term OSCE observer "
        "mission for the 26 October parliamentary elections in Georgia.",
        # an observation mission presenting findings at a press conference
        "PACE observers: vote was calm\n\nTBILISI, 27 October 2024 – The PACE delegation "
        "presented its conclusions at a press conference in Tbilisi.",
    ],
)
def test_one_moment_of_a_mission_is_a_report(text):
    assert _is_report(text)
