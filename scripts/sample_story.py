"""The fictional story behind the shipped sample corpus: a dock strike in Port Calder.

Every name, outlet and event here is invented. build_sample.py turns these texts into
about thirty files of mixed formats with the traits of real scraped news.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    key: str
    date: str  # publication day, ISO
    outlet: str
    title: str
    paragraphs: tuple[str, ...]


STORIES: tuple[Story, ...] = (
    Story(
        "vote",
        "2025-03-03",
        "Veyland Wire",
        "Port Calder dockworkers vote to strike after pay talks collapse",
        (
            "Dockworkers at Port Calder voted on Monday to walk off the job after eleven weeks of "
            "pay talks with the Calder Port Authority ended without a deal.",
            "The Calder Dockworkers Union said 91 per cent of its 4,200 members backed a strike, "
            "which will begin at midnight on Wednesday unless the authority improves its offer.",
            "\"Our members have moved the country's goods through two winters of record traffic "
            'and have seen their pay fall behind prices," union leader Mara Ellison told reporters '
            "outside the union hall.",
            "The port authority, which offered a raise of 2.5 per cent, said it was disappointed by "
            'the vote. Its chief executive, Tomas Brandt, said the offer was "fair and final".',
            "Port Calder handles about a third of Veyland's container traffic. Shipping lines warned "
            "last month that a stoppage would force them to divert vessels to Ostrava Bay.",
        ),
    ),
    Story(
        "begins",
        "2025-03-05",
        "Calder Courier",
        "Strike shuts Port Calder as ships queue offshore",
        (
            "Port Calder fell silent at midnight as about 4,000 dockworkers began an open-ended "
            "strike, the first at the port since 1998.",
            "By Wednesday morning 23 container ships were waiting at anchor outside the harbour, "
            "according to the harbour master's office, and cranes stood idle along the North Quay.",
            "Pickets gathered at the main gate on Harbour Road. Union leader Mara Ellison said the "
            'strike would last "as long as it takes".',
            "The Calder Port Authority said it had moved perishable cargo to rail terminals before "
            "the deadline and urged the union to return to talks.",
            "Business groups estimated the cost of the stoppage at 40 million crowns a day.",
        ),
    ),
    Story(
        "fuel",
        "2025-03-07",
        "Northshore Gazette",
        "Fuel shortages spread as Calder strike enters third day",
        (
            "Petrol stations across the northern coast ran dry on Friday as the dock strike at "
            "Port Calder entered its third day and fuel tankers stayed offshore.",
            "Transport Minister Ilse Varga called on both sides to accept mediation and said the "
            "government was ready to appoint an independent mediator.",
            '"Every day of this dispute costs families and businesses," Varga said in a statement. '
            "The opposition accused the government of waiting too long to act.",
            "The number of ships waiting outside the harbour rose to 41, the harbour master's office "
            "said.",
        ),
    ),
    Story(
        "mediator",
        "2025-03-10",
        "Veyland Wire",
        "Government names judge Petra Holm to mediate Calder dock dispute",
        (
            "The government on Monday appointed retired judge Petra Holm to mediate between the "
            "Calder Dockworkers Union and the Calder Port Authority.",
            "Both sides accepted the appointment. Holm, who settled the 2019 rail dispute, said she "
            "would meet the two delegations separately before bringing them together.",
            "Transport Minister Ilse Varga said talks would start on Wednesday in the capital, Vell.",
        ),
    ),
    Story(
        "march",
        "2025-03-12",
        "Harbour Post",
        "Thousands march in Calder as mediated talks open",
        (
            "About 5,000 people marched through the centre of Calder on Wednesday in support of "
            "the striking dockworkers, as mediated talks opened in Vell.",
            'Marchers carried banners reading "Fair pay for the port" and stopped outside the '
            "offices of the Calder Port Authority, where union leader Mara Ellison addressed them.",
            "In Vell, mediator Petra Holm met the union and the port authority for four hours. "
            "Neither side commented after the meeting.",
        ),
    ),
    Story(
        "clashes",
        "2025-03-14",
        "Calder Courier",
        "Twelve arrested after clashes at Port Calder gate",
        (
            "Police arrested twelve people on Friday after scuffles broke out when trucks tried to "
            "leave the container terminal through the Harbour Road gate.",
            "Two officers and three pickets were treated for minor injuries. The union said the "
            "trucks had been hired to break the strike; the port authority denied this.",
            "Mediator Petra Holm said the incident would not derail the talks, which resume on "
            "Monday.",
        ),
    ),
    Story(
        "deal",
        "2025-03-18",
        "Veyland Wire",
        "Tentative deal reached to end Port Calder strike",
        (
            "The Calder Dockworkers Union and the Calder Port Authority reached a tentative "
            "agreement on Tuesday to end the thirteen-day strike at Port Calder.",
            "The deal gives dockworkers a raise of 6 per cent over two years and a one-off payment "
            "of 1,500 crowns, mediator Petra Holm told a news conference in Vell.",
            "Union leader Mara Ellison said members would vote on the agreement on Thursday. "
            'Port authority chief Tomas Brandt said the deal was "hard but responsible".',
            "Shipping lines said it would take at least two weeks to clear the backlog of more than "
            "40 vessels.",
        ),
    ),
    Story(
        "ratified",
        "2025-03-20",
        "Harbour Post",
        "Dockworkers ratify deal, ending Calder strike",
        (
            "Port Calder dockworkers voted on Thursday to accept the agreement reached two days "
            "earlier, ending the strike after fifteen days.",
            "The union said 78 per cent of members who voted backed the deal. The first shifts "
            "returned to the North Quay on Thursday evening.",
            "Union leader Mara Ellison thanked the people of Calder for their support.",
        ),
    ),
    Story(
        "reopens",
        "2025-03-24",
        "Northshore Gazette",
        "Port Calder back at full capacity as backlog clears",
        (
            "Port Calder returned to full capacity on Monday, with all 14 cranes working and the "
            "first of the queued container ships berthing overnight.",
            "The harbour master's office said 29 ships were still waiting outside the harbour and "
            "that the queue should be gone by early April.",
            "Fuel deliveries to the northern coast returned to normal at the weekend.",
        ),
    ),
    Story(
        "inquiry",
        "2025-03-27",
        "Veyland Wire",
        "Parliament to hold inquiry into Calder port strike",
        (
            "Parliament's transport committee said on Thursday it would hold an inquiry into the "
            "Port Calder strike and the government's handling of it.",
            "Committee chair Oskar Lind said the inquiry would look at the fuel shortages that "
            "followed the stoppage and at why mediation was not offered sooner.",
            "Transport Minister Ilse Varga and union leader Mara Ellison are expected to give "
            "evidence in May.",
        ),
    ),
    Story(
        "analysis",
        "2025-03-21",
        "Calder Courier",
        "Analysis: what the dock strike cost Veyland",
        (
            "The fifteen-day strike at Port Calder cost the economy at least 600 million crowns, "
            "according to estimates published on Friday by the Veyland Chamber of Commerce.",
            "The chamber said the fuel shortages of early March hit small businesses hardest. "
            "Retailers reported empty shelves for imported goods in the second week of the strike.",
            "Economists said the 6 per cent raise agreed last week was close to inflation and "
            "unlikely to set off a wave of similar claims.",
        ),
    ),
    Story(
        "ferry",
        "2025-03-12",
        "Harbour Post",
        "Island ferry timetable changes for spring",
        (
            "The Calder island ferry will run an extra evening crossing from the first weekend of "
            "April, the operator said on Wednesday.",
            "The spring timetable also moves the first morning departure half an hour earlier to "
            "suit commuters.",
        ),
    ),
    Story(
        "explainer",
        "2025-03-09",
        "Calder Courier",
        "Explainer: why Calder's dockworkers walked out",
        (
            "The dispute at Port Calder began last autumn, when the Calder Port Authority proposed "
            "new shift patterns for the container terminal.",
            "Talks on pay started in December. By the middle of last month the two sides were still "
            "far apart: the union wanted 8 per cent, the authority offered 2.5 per cent.",
            "The strike vote came on Monday last week, and the walkout began two days later. Since "
            "then, more than 40 ships have queued outside the harbour.",
            "The government said on Friday it was ready to appoint a mediator.",
        ),
    ),
)
