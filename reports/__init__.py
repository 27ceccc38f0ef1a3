"""Citizen problem reports (road damage, street lights, illegal dumping, fallen trees, dead animals) from the chat
and the /report page, the city's response back to the reporter, the public map and open data."""
